package main

import "fmt"

func main() {
	s := "first line
second line"
	fmt.Println(s)
}
