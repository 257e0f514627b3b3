package main

import "fmt"

type Label string

func main() {
	fmt.Println(Label("before the panic"))
	panic(Label("a labelled panic"))
}
