package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%t len=%d cap=%d %v\n", name, s == nil, len(s), cap(s), s)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := a[:]
	e := b[:0]
	var f []int = nil
	describe("var", a)
	describe("literal", b)
	describe("make", c)
	describe("nil[:]", d)
	describe("empty[:0]", e)
	describe("nil", f)
	a = append(a, 1)
	describe("appended", a)
	for range f {
		fmt.Println("never")
	}
	fmt.Printf("%#v %#v\n", f, b)
	g := append([]int(nil))
	describe("append(nil)", g)
	h := append(f, f...)
	describe("append(nil, nil...)", h)
	fmt.Println(len(f[0:0]))
	var bs []byte
	fmt.Println(string(bs) == "", bs == nil)
	bs = []byte("")
	fmt.Println(bs == nil, len(bs))
}
