package main

import "fmt"

func main() {
	x := 0b1021
	fmt.Println(x)
}
