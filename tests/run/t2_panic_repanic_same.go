package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("saw", r, "- panicking again with the same value")
		panic(r)
	}()
	var m map[int]bool
	m[1] = true
}
