package main

func main() {
	x := 10
	_ = x / 0
}
