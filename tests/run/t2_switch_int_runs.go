// Integer switches whose constant cases become one jump (LLVM switch) per run of constants:
// non-constant cases in between are still tested in source order, with side effects in
// order; default in the middle; fallthrough; typed and untyped constants; negative values.
package main

import "fmt"

var trace []string

func v(name string, x int) int {
	trace = append(trace, name)
	return x
}

func classify(x int) string {
	switch x {
	case 1, 2, 3:
		return "small"
	case v("a", 10):
		return "ten (call)"
	case 10, 11:
		return "ten (const, never reached for 10)"
	default:
		return "other"
	case -5, 1 << 40:
		return "special"
	case v("b", 20), 21:
		return "twenty-ish"
	}
}

type Color uint8

const (
	Red Color = iota
	Green
	Blue
)

func name(c Color) string {
	s := ""
	switch c {
	case Red:
		s += "red"
		fallthrough
	case Green:
		s += "green"
	case Blue, 200:
		s += "blue"
	}
	return s
}

func main() {
	for _, x := range []int{1, 3, 10, 11, 21, 20, -5, 1 << 40, 99} {
		trace = nil
		fmt.Println(x, classify(x), trace)
	}
	for _, c := range []Color{Red, Green, Blue, 200, 7} {
		fmt.Printf("%d %q\n", c, name(c))
	}
	var i8 int8 = -128
	switch i8 {
	case 127:
		fmt.Println("max")
	case -128:
		fmt.Println("min")
	}
	var u uint64 = 1<<64 - 1
	switch u {
	case 0:
		fmt.Println("zero")
	case 1<<64 - 1:
		fmt.Println("all ones")
	}
}
