package main

import "fmt"

func main() {
	s := make([]int, 2, 10)
	j, k := 5, 4
	fmt.Println(cap(s[:1:3]))
	fmt.Println(s[1:j:k])
}
