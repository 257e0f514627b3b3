package main

import "fmt"

func inc(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int {
	x := v
	return &x
}

func main() {
	x := 10
	p := &x
	fmt.Println(*p, x)
	*p = 20
	fmt.Println(x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q, *r, q == r, q == q)
	var np *int
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 99
	fmt.Println(x, **pp)
	n := new(int)
	fmt.Println(*n)
	*n += 7
	fmt.Println(*n)
	s := new(string)
	*s = "hi"
	fmt.Println(*s, len(*s))
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	sl := []int{4, 5, 6}
	sp := &sl[2]
	*sp *= 10
	fmt.Println(sl)
	fmt.Println(p != nil, &x == p)
}
