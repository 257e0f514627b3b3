package main

import "fmt"

func main() {
	var a int = 2
	var b int64 = 3
	fmt.Println(a == b)
}
