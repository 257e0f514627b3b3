package main

import "fmt"

func next() (int, int) { return 3, 4 }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	xs := []int{10, 20, 30}
	i := 0
	i, xs[i] = 1, 99
	fmt.Println(i, xs)
	xs[0], xs[1], xs[2] = xs[2], xs[0], xs[1]
	fmt.Println(xs)
	j := 1
	xs[j], j = 7, 2
	fmt.Println(j, xs)
	p, q := next()
	p, q = q, p
	fmt.Println(p, q)
	var s string
	var n int
	s, n = "x", len("hello")
	fmt.Println(s, n)
	_, n = next()
	fmt.Println(n)
	k := 0
	k, k2 := k+1, k+2
	fmt.Println(k, k2)
	f, g := 0.5, "g"
	f, g = f*4, g+g
	fmt.Println(f, g)
}
