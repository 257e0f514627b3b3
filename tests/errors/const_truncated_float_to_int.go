package main

func main() {
	var i int = 2.5
	_ = i
}
