package main

import "fmt"

func main() {
	x := 0129
	fmt.Println(x)
}
