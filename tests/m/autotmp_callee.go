package main

import "fmt"

type T struct{ n int }

func (t T) get(k int) int { return t.n + k }

func mk(n int) T                { return T{n} }
func adder(n int) func(int) int { return func(k int) int { return n + k } }
func pair() (int, string)       { return 7, "seven" }

func main() {
	a, b := 1, 2
	fmt.Println(adder(a)(b))
	fmt.Println(mk(3).get(4))
	s := fmt.Sprint(pair())
	fmt.Println(s, adder(10)(mk(1).get(1)))
}
