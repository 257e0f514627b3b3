// Array values copied and then read at variable indexes: copies into closure records (a
// closure capturing an array by value), assignments, and arguments, with the original
// written before and after the copy. codegen/optimise.c forwards reads of such a copy to the
// original only while nothing writes the original; each case here checks one side of that.
package main

import "fmt"

type rec struct {
	tag  int
	vals [4]int
}

//go:noinline
func idx(i int) int { return i & 3 }

func sum(a [4]int) int { return a[0] + a[1] + a[2] + a[3] }

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		var w [4]int
		w[i&3] = i
		scale := func(s int) int { return s * (w[i&3] & 7) }
		total += scale(i)
	}
	fmt.Println("closure copy:", total)

	// the same without calls between the copy and the reads (the pass sees the stores)
	for i := 0; i < 8; i++ {
		a := [4]int{1, 2, 3, 4}
		a[i&3] = i
		b := a
		a[(i+1)&3] = 100
		x, y := b[(i+1)&3], a[(i+1)&3]
		b[i&3] = -b[i&3]
		z, u := b[i&3], a[i&3]
		fmt.Println("inline:", x, y, z, u)
	}

	// the original changes after the copy: the copy keeps the old values
	a := [4]int{1, 2, 3, 4}
	b := a
	a[idx(1)] = 20
	a[idx(2)]++
	fmt.Println("after write:", a, b, b[idx(1)], b[idx(2)], a[idx(1)])

	// the copy changes, the original not
	c := [4]int{5, 6, 7, 8}
	d := c
	d[idx(3)] = 80
	fmt.Println("copy written:", c[idx(3)], d[idx(3)], c, d)

	// a copy in a struct, read by a variable index
	for k := 0; k < 4; k++ {
		v := [4]int{k, k + 1, k + 2, k + 3}
		r := rec{tag: k, vals: v}
		v[idx(k)] = -1
		fmt.Println("struct copy:", r.vals[idx(k)], v[idx(k)], r.tag, sum(r.vals), sum(v))
	}

	// a closure called after the variable it copied is written through a pointer
	e := [4]int{9, 9, 9, 9}
	get := func(k int) int { return e[k] }
	p := &e
	_ = get
	p[idx(0)] = 1
	fmt.Println("through pointer:", e[idx(0)], get(idx(0)))

	// copies of strings arrays (pointers inside)
	s := [3]string{"x", "y", "z"}
	t := s
	s[idx(1)] = "changed"
	fmt.Println("strings:", t[idx(1)], s[idx(1)], len(t[idx(2)]))
}
