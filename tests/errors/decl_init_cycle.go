package main

var a = b + 1
var b = c + 1
var c = a + 1

func main() {
	_ = a
}
