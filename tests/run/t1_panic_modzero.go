package main

import "fmt"

func main() {
	var a uint8 = 7
	var b uint8
	fmt.Println("a % 3 =", a%3)
	fmt.Println(a % b)
}
