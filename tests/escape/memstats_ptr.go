// memstats_ptr.go — proof that escape analysis decides the allocations: a loop making &T{}
// values that do not escape allocates nothing (they live in the frame), the same loop with
// an escaping pointer allocates once per iteration. Mallocs deltas from runtime.ReadMemStats.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b int
	next *T
}

var sink *T

func local(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		t := &T{a: i, b: 2 * i}
		s += t.a + t.b
	}
	return s
}

func escaping(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		t := &T{a: i, b: 2 * i}
		sink = t
		s += t.a
	}
	return s
}

func chain(n int) int {
	var head *T
	for i := 0; i < n; i++ {
		head = &T{a: i, next: head}
	}
	c := 0
	for p := head; p != nil; p = p.next {
		c++
	}
	return c
}

func main() {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	s := local(1000)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)

	runtime.ReadMemStats(&m1)
	s += escaping(1000)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)

	runtime.ReadMemStats(&m1)
	s += chain(500)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)
	fmt.Println("sum:", s)
}
