package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	close(c)
}
