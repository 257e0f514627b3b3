package main

func main() {
	x := 1
	x = "one"
	_ = x
}
