package main

import "fmt"

func main() {
	c := make(chan string, 1)
	c <- "fits in buffer"
	fmt.Println(len(c))
	c <- "blocks"
}
