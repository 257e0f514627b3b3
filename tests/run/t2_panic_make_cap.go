package main

import "fmt"

func main() {
	l, c := 10, 5
	s := make([]string, l, c)
	fmt.Println(s)
}
