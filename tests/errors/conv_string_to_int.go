package main

func main() {
	n := int("42")
	_ = n
}
