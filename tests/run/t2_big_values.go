// Big arrays and structs passed, returned, copied and bound into method values: each is a
// copy taken when Go says (the compiler moves them with memcpy, never as LLVM aggregates).
package main

import "fmt"

type Big [3000]int

type Rec struct {
	name string
	data Big
	ptrs [40]*int
}

func f(k int) (x Big) {
	for i := range x {
		x[i] = k + i
	}
	return
}

func sum(a, b, c Big) int {
	a[0] = -1 // the callee's copy
	return a[0] + b[1] + c[2] + a[2999]
}

var g Big

func mod() Big {
	g[1] = 100
	return g
}

func (b Big) First() int { return b[0] + b[1] }

func rec(n int) Rec {
	r := Rec{name: fmt.Sprint("r", n)}
	r.data[5] = n
	r.ptrs[39] = &r.data[5]
	return r
}

func main() {
	x := f(1)
	fmt.Println(sum(x, f(2), x), x[0])
	fmt.Println(sum(g, mod(), g), g[1])
	g[0] = 7
	mv := g.First
	g[0] = 1000
	fmt.Println(mv(), g.First())
	var recs []Rec
	for i := 0; i < 3; i++ {
		recs = append(recs, rec(i))
	}
	r := recs[2]
	recs[2].data[5] = 99
	fmt.Println(r.name, r.data[5], *r.ptrs[39], recs[2].data[5])
	m := map[string]Rec{}
	m["a"] = rec(7)
	fmt.Println(m["a"].name, m["a"].data[5])
	arr := [2]Big{f(3), f(4)}
	fmt.Println(arr[0][10], arr[1][2999])
	for i, b := range arr {
		arr[1][0] = -5 // range over an array copies it first
		fmt.Println(i, b[0])
	}
}
