package main

func main() {
	x := 7
	_ = x % 0
}
