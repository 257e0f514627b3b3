package main

import "fmt"

func main() {
	c := 1
	var a int = "one"
	fmt.Println(a + "x")
}
