package main

import "fmt"

type T struct{ v int }

func main() {
	a := &T{1}
	b := &T{1}
	c := a
	fmt.Println(a == b, a == c, *a == *b)
	c.v = 5
	fmt.Println(a.v, b.v)
	arr := [2]int{1, 2}
	pa := &arr
	pa[0] = 10
	fmt.Println(arr, len(pa), pa[1])
	for i, v := range pa {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	sl := pa[:]
	sl[1] = 20
	fmt.Println(arr)
	x := 1
	ptrs := []*int{&x, &x}
	*ptrs[0] = 2
	fmt.Println(*ptrs[1], ptrs[0] == ptrs[1])
	var np *T
	fmt.Println(np == nil)
	s := struct{ p *int }{}
	fmt.Println(s.p == nil)
	y := 3
	s.p = &y
	*s.p++
	fmt.Println(y)
}
