package main

import "fmt"

func main() {
	a := []int{10, 20, 30, 40, 50}
	fmt.Println(a, len(a), cap(a))
	fmt.Println(a[0], a[4], a[1:3], a[:2], a[3:])
	b := a[1:3]
	fmt.Println(len(b), cap(b))
	b[0] = 99
	fmt.Println(a)
	b = append(b, 77)
	fmt.Println(a, b)
	var s []string
	fmt.Println(s == nil, len(s), cap(s), s)
	s = append(s, "x")
	s = append(s, "y", "z")
	fmt.Println(s, len(s), s == nil)
	f := []float64{1.5, 2.25}
	fmt.Println(f)
	bs := []bool{true, false}
	fmt.Println(bs)
	rs := []rune{'a', 'β'}
	fmt.Println(rs)
	bb := []byte{'h', 'i'}
	fmt.Println(bb, string(bb))
	m := make([]int, 3)
	m2 := make([]int, 2, 10)
	fmt.Println(m, len(m), cap(m), m2, len(m2), cap(m2))
	m2 = m2[:cap(m2)]
	fmt.Println(len(m2))
	c := a[2:4:4]
	fmt.Println(c, len(c), cap(c))
	idx := []string{2: "two", 0: "zero", 4: "four"}
	fmt.Printf("%q %d\n", idx, len(idx))
	e := []int{}
	fmt.Println(e == nil, len(e), e)
	fmt.Println(len([]int{1, 2, 3}[1:]))
}
