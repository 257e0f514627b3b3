package main

func main() {
	b := byte(300)
	_ = b
}
