package main

func main() {
	a, b := "x", "y"
	_ = len(a, b)
}
