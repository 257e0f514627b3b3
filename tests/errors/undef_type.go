package main

func main() {
	var x Widget
	_ = x
}
