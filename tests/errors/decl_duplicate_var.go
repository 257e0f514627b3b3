package main

var count int
var count string

func main() {
	_ = count
}
