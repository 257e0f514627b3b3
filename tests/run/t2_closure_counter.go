package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func pair() (inc func(), get func() int) {
	v := 0
	inc = func() { v += 10 }
	get = func() int { return v }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	a := adder(100)
	fmt.Println(a(1), a(2), a(3))
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get())
	x := 5
	double := func() { x *= 2 }
	double()
	double()
	fmt.Println(x)
	fmt.Println(func(a, b int) int { return a * b }(6, 7))
	sq := func(n int) int { return n * n }
	fmt.Println(sq(9), sq(sq(2)))
}
