package main

func main() {
	p := new(5)
	_ = p
}
