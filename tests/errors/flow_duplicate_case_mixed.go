package main

import "fmt"

type Kind uint8

const (
	A Kind = iota
	B
	C
)

func main() {
	var k Kind
	switch k {
	case A, B:
	case C, 1:
	case 2:
	}
	var f float64
	switch f {
	case 1.5, 2:
	case 3.0, 1.50:
	}
	var x interface{}
	switch x {
	case 1, "a", 1.0:
	case int8(1), "a":
	}
	switch {
	case true:
	case false:
	}
	fmt.Println(k, f, x)
}
