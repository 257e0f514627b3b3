package main

import "fmt"

func main() {
	fmt.Println("hi")
}

/* this comment is never closed
