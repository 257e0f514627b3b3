package main

import "fmt"

func main() {
	n := -5
	fmt.Println(len(make([]int, 0)))
	s := make([]int, n)
	fmt.Println(s)
}
