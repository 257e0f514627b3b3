package main

import "fmt"

func main() {
	l, c := 10, 5
	fmt.Println("len", l, "cap", c)
	s := make([]string, l, c)
	fmt.Println(s)
}
