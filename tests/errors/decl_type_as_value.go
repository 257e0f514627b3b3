package main

func main() {
	x := int
	_ = x
}
