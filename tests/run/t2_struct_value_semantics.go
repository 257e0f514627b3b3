package main

import "fmt"

type Vec struct{ X, Y float64 }

func scale(v Vec, k float64) Vec {
	v.X *= k
	v.Y *= k
	return v
}

func scalePtr(v *Vec, k float64) {
	v.X *= k
	v.Y *= k
}

type Holder struct {
	Arr [3]int
	Sl  []int
}

func main() {
	a := Vec{1, 2}
	b := scale(a, 3)
	fmt.Println(a, b)
	scalePtr(&a, 10)
	fmt.Println(a)
	c := a
	c.X = -1
	fmt.Println(a, c)
	h1 := Holder{[3]int{1, 2, 3}, []int{1, 2, 3}}
	h2 := h1
	h2.Arr[0] = 100
	h2.Sl[0] = 100
	fmt.Println(h1, h2)
	vs := []Vec{{1, 1}, {2, 2}}
	for _, v := range vs {
		v.X = 99
	}
	fmt.Println(vs)
	for i := range vs {
		vs[i].X = 99
	}
	fmt.Println(vs)
	m := map[string]Vec{"a": {1, 1}}
	v := m["a"]
	v.Y = 50
	fmt.Println(m, v)
	m["a"] = v
	fmt.Println(m)
}
