package main

import "fmt"

type State struct{ hits int }

func main() {
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())
	set := func(v int) { x = v }
	set(42)
	fmt.Println(x, show())
	s := []int{1, 2, 3}
	mod := func() { s[0] = 100; s = append(s, 4) }
	mod()
	fmt.Println(s)
	st := State{}
	hit := func() { st.hits++ }
	hit()
	hit()
	fmt.Println(st.hits)
	m := map[string]int{}
	add := func(k string) { m[k]++ }
	add("a")
	add("a")
	add("b")
	fmt.Println(m)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	outer := func() func() int {
		y := 10
		return func() int {
			y++
			return y + x
		}
	}
	f := outer()
	fmt.Println(f(), f())
	x = 0
	fmt.Println(f())
}
