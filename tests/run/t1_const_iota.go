package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
	_
	x5
)

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%T %v %d\n", Friday, Friday, Friday+1)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3, x5)
	const local = iota
	fmt.Println(local)
	const (
		p = iota * iota
		q
		r
		s
	)
	fmt.Println(p, q, r, s)
}
