package main

func main() {
	x := 5.5
	_ = x % 2
}
