package main

func main() {
	x := println("hi")
	_ = x
}
