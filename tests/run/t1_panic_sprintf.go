package main

import "fmt"

func main() {
	values := []int{3, 1, 4}
	for i, v := range values {
		if v == 4 {
			panic(fmt.Sprintf("bad value %d at index %d (%q)", v, i, "four"))
		}
		fmt.Println(i, v)
	}
}
