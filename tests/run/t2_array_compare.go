package main

import "fmt"

type Key [2]string

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{3, 2, 1}
	fmt.Println(a == b, a == c, a != c)
	k1 := Key{"x", "y"}
	k2 := Key{"x", "y"}
	fmt.Println(k1 == k2)
	m := map[Key]int{}
	m[k1]++
	m[k2]++
	m[Key{"y", "x"}]++
	fmt.Println(len(m), m[Key{"x", "y"}])
	fmt.Println(m)
	type P struct{ A [2]bool }
	fmt.Println(P{[2]bool{true}} == P{[2]bool{true, false}})
	var e1, e2 [0]int
	fmt.Println(e1 == e2, len(e1))
	fa := [2]float64{0.1, 0.2}
	fb := [2]float64{0.1, 0.2}
	fmt.Println(fa == fb)
}
