package main

import "fmt"

func main() {
	if true {
		inner := 1
		_ = inner
	}
	fmt.Println(inner)
}
