package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	i := -1
	fmt.Println(len(xs))
	xs[i] = "c"
	fmt.Println(xs)
}
