package main

import "fmt"

type I interface{ M() int }
type J interface{ N() *int }

type A struct{ x int }

func (a A) M() int   { return a.x }
func (a *A) N() *int { return &a.x }

type B struct {
	*A
	y int
}

type C struct {
	B
}

type D struct {
	A
	I
}

func main() {
	a := &A{1}
	var i I = a
	fmt.Println(i.M())
	var j J = a
	fmt.Println(*j.N())
	b := B{A: &A{2}}
	var i2 I = b
	fmt.Println(i2.M())
	var j2 J = b
	fmt.Println(*j2.N())
	c := C{B{&A{3}, 4}}
	var j3 J = c
	fmt.Println(*j3.N())
	var i3 I = &c
	fmt.Println(i3.M())
	d := D{A{5}, A{6}}
	var j4 J = &d
	fmt.Println(*j4.N())
}
