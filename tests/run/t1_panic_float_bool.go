package main

import "fmt"

func main() {
	x := 1.5
	fmt.Println(x)
	if x > 1 {
		panic(x * 2)
	}
	panic(true)
}
