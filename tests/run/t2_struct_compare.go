package main

import "fmt"

type Point struct{ X, Y int }

type Person struct {
	Name string
	Age  int
	Pos  Point
}

type Pair struct {
	K string
	V [2]float64
}

func main() {
	a := Point{1, 2}
	b := Point{1, 2}
	c := Point{2, 1}
	fmt.Println(a == b, a == c, a != c)
	p1 := Person{"Ann", 30, Point{1, 1}}
	p2 := Person{"Ann", 30, Point{1, 1}}
	p3 := p1
	p3.Pos.Y = 2
	fmt.Println(p1 == p2, p1 == p3)
	fmt.Println(Pair{"x", [2]float64{1, 2}} == Pair{"x", [2]float64{1, 2}})
	var zero Point
	fmt.Println(zero == Point{}, a == Point{X: 1, Y: 2})
	anon1 := struct {
		A int
		B string
	}{1, "b"}
	anon2 := struct {
		A int
		B string
	}{1, "b"}
	fmt.Println(anon1 == anon2)
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
	zero2 := 0.0
	nan := zero2 / zero2
	f1 := struct{ F float64 }{nan}
	fmt.Println(f1 == f1)
}
