package main

func main() {
	var x int = "hello"
	_ = x
}
