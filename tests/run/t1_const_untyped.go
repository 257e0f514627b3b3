package main

import "fmt"

func main() {
	const c = 10
	var f float64 = c
	var i8 int8 = c
	var u uint = c
	var r rune = c
	fmt.Printf("%T %v | %T %v | %T %v | %T %v\n", f, f, i8, i8, u, u, r, r)
	x := c
	y := c / 3.0
	z := 'a'
	w := 2.0
	fmt.Printf("%T %T %T %T\n", x, y, z, w)
	fmt.Println(x, y, z, w)
	fmt.Println(c/4, c/4.0, c%4)
	var g = 1 << 3.0
	fmt.Printf("%T %v\n", g, g)
	h := 'a' * 2
	fmt.Printf("%T %v\n", h, h)
	k := 'a' + 1.0
	fmt.Printf("%T %v\n", k, k)
	b := 1 > 0
	fmt.Printf("%T %v\n", b, b)
	s := "str"
	fmt.Printf("%T %v\n", s, s)
	fmt.Printf("%T %T %T\n", 1, 1.5, 'q')
	const big = 10000000000
	fmt.Printf("%T %v\n", big, big)
	var f32 float32 = 1 / 3.0
	fmt.Println(f32, float64(f32))
}
