package main

import "fmt"

func main() {
	for a, b, c := range []int{1} {
		fmt.Println(a, b, c)
	}
}
