package main

func main() {
	p := &42
	_ = p
}
