package main

import "fmt"

func main() {
	n := -1
	m := make(map[int]int, n)
	fmt.Println(len(m), "negative map hint is fine")
	c := make(chan int, n)
	fmt.Println(c)
}
