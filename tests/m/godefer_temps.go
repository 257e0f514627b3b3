package main

import "fmt"

type Q interface{ Foo([]interface{}) }
type T struct{}

func (*T) Foo(vals []interface{}) { fmt.Println(len(vals)) }

type Big [20]int

func sum(b Big) {
	s := 0
	for _, v := range b {
		s += v
	}
	fmt.Println(s)
}

func show(x []interface{}) { fmt.Println(x...) }

func main() {
	var q Q = &T{}
	defer q.Foo([]interface{}{"meow"})
	q.Foo([]interface{}{"purr"})
	defer show([]interface{}{"woof", 1})
	var b Big
	for i := range b {
		b[i] = i
	}
	for i := 0; i < 2; i++ {
		defer sum(b) // in a loop: the deferred call's copy of b is on the heap
		b[0]++
	}
}
