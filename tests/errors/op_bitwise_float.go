package main

func main() {
	a, b := 1.0, 2.0
	_ = a & b
}
