package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64    { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 6 * c.R }

func total(shapes []Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Square{Rect{4, 4}}, &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.1f %.1f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(total(shapes))
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 2}
	fmt.Println(s != nil, s.Area(), s)
	s = &Circle{2}
	fmt.Println(s.Area())
	c := Circle{3}
	s = &c
	c.R = 1
	fmt.Println(s.Area())
	r := Rect{5, 5}
	s = r
	r.W = 0
	fmt.Println(s.Area())
}
