package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	var p Point
	fmt.Println(p, p.X, p.Y)
	p.X = 3
	p.Y = -4
	fmt.Println(p)
	q := Point{1, 2}
	r := Point{Y: 5}
	fmt.Println(q, r)
	rect := Rect{Min: Point{0, 0}, Max: Point{4, 3}, Name: "box"}
	fmt.Println(rect, rect.Area())
	rect.Max.X = 10
	fmt.Println(rect.Max, rect.Area())
	fmt.Printf("%v|%+v\n", rect, rect)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	sum := 0
	for _, pt := range pts {
		sum += pt.Y
	}
	fmt.Println(pts, sum)
	pts[1].Y = 100
	fmt.Println(pts[1])
	type local struct {
		a string
		b bool
	}
	l := local{"x", true}
	fmt.Printf("%v %+v\n", l, l)
}
