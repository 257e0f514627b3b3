package main

import "fmt"

type S struct{ a, b int; p *S }

func f(i int) int { return i }

type I interface{ m() int }
type T int

func (t T) m() int { return int(t) }

func main() {
	c := make(chan interface{}, 100)
	s := []int{1, 2, 3}
	st := S{1, 2, nil}
	x := 2
	c <- f(3)
	c <- len(s)
	c <- s[x]
	c <- st.a
	c <- -x
	c <- x + f(2)
	c <- 7
	c <- T(x)
	mi := map[interface{}]int{}
	mi[f(3)] = 1
	mi[s[x]] = 1
	mi[st.a] = 1
	mi[x] = 1
	mi["k"] = 2
	_ = mi[x]
	delete(mi, x)
	var i I = T(1)
	t := T(2)
	fmt.Println(I.m(t), I.m(i), len(c), len(mi))
	defer func() {
		fmt.Println(recover())
	}()
	defer panic(3)
	if x > 10 {
		panic(st.a)
	}
}
