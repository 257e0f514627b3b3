package main

import "fmt"

type BinOp func(int, int) int

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(op BinOp, a, b int) int { return op(a, b) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	ops := map[string]BinOp{"+": add, "-": sub, "*": func(a, b int) int { return a * b }}
	for _, k := range []string{"+", "-", "*"} {
		fmt.Println(k, apply(ops[k], 7, 3))
	}
	var f func(int, int) int
	fmt.Println(f == nil)
	f = add
	fmt.Println(f != nil, f(1, 2))
	xs := []int{1, 2, 3, 4}
	fmt.Println(mapInts(xs, func(x int) int { return x * x }))
	fmt.Println(reduce(xs, 0, add), reduce(xs, 1, func(a, b int) int { return a * b }))
	table := []struct {
		name string
		fn   func(float64) float64
	}{
		{"half", func(x float64) float64 { return x / 2 }},
		{"neg", func(x float64) float64 { return -x }},
	}
	for _, t := range table {
		fmt.Println(t.name, t.fn(5))
	}
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", mapInts)
	var op BinOp = sub
	fmt.Printf("%T %v\n", op, op(10, 1))
	fns := [2]func() string{func() string { return "a" }, func() string { return "b" }}
	fmt.Println(fns[1]() + fns[0]())
}
