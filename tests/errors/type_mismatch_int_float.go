package main

import "fmt"

func main() {
	var a int = 2
	var b float64 = 1.5
	fmt.Println(a * b)
}
