// memstats_slice.go — make with a constant size that does not escape is a stack array; a
// non-constant size, or a slice that escapes, is a heap allocation each time.
package main

import (
	"fmt"
	"runtime"
)

var keep []int

func constSize(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, 8)
		s[i%8] = i
		t += s[i%8]
	}
	return t
}

func varSize(n, k int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, k)
		s[0] = i
		t += s[0]
	}
	return t
}

func escapes(n int) int {
	for i := 0; i < n; i++ {
		s := make([]int, 8)
		s[0] = i
		keep = s
	}
	return len(keep)
}

func main() {
	var m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m1)
	a := constSize(100)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)

	runtime.ReadMemStats(&m1)
	b := varSize(100, 8)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)

	runtime.ReadMemStats(&m1)
	c := escapes(100)
	runtime.ReadMemStats(&m2)
	fmt.Println("allocs:", m2.Mallocs-m1.Mallocs)
	fmt.Println("results:", a, b, c)
}
