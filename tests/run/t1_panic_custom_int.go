package main

import "fmt"

type Code int
type Label string

func main() {
	fmt.Println(Code(3), Label("x"))
	panic(Code(7))
}
