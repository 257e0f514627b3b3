package main

func main() {
	x := 0
	_ = x == nil
}
