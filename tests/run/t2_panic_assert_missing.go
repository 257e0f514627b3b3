package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Line struct{ L float64 }

func (l Line) Perimeter() float64 { return 2 * l.L }

func main() {
	var v interface{} = Line{3}
	fmt.Println(v)
	s := v.(Shape)
	fmt.Println(s)
}
