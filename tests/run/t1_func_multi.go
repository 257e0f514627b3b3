package main

import "fmt"

func swap(a, b string) (string, string) {
	return b, a
}

func minmax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi
}

func three() (int, string, bool) {
	return 1, "two", true
}

func pass() (int, int) {
	return minmax([]int{5, -3, 9, 0})
}

func sum2(a, b int) int { return a + b }

func main() {
	a, b := swap("hello", "world")
	fmt.Println(a, b)
	lo, hi := minmax([]int{3, 1, 4, 1, 5, 9, 2, 6})
	fmt.Println(lo, hi)
	n, s, ok := three()
	fmt.Println(n, s, ok)
	_, s2, _ := three()
	fmt.Println(s2)
	fmt.Println(pass())
	fmt.Println(sum2(pass()))
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	x, y = x+y, x*y
	fmt.Println(x, y)
}
