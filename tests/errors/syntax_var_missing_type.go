package main

func main() {
	var x
	x = 1
}
