package main

import "fmt"

type Named interface{ Name() string }

type T struct{}

func (*T) Name() string { return "T" }

type U struct{}

func (U) Name() string { return "U" }

func main() {
	var n Named = &T{}
	fmt.Println(n.Name())
	u := n.(U)
	fmt.Println(u)
}
