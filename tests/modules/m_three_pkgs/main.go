package main

import (
	"fmt"
	"strings"

	"example.com/shapes/geom"
	"example.com/shapes/store"
)

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (c Circle) Name() string   { return "circle" }

var greeting = hello()

func hello() string {
	fmt.Println("main: var greeting")
	return "hello"
}

func init() {
	fmt.Println("main: init")
}

func main() {
	s := store.New()
	s.Add(Circle{2})
	s.Add(store.Square{Point: geom.Point{X: 1, Y: 2}, Side: 3})
	s.Add(store.Hidden(5))
	s.Add(Circle{1})
	fmt.Println(greeting, s.Total(), strings.Join(s.Names(), ","))
	s.Each(func(i int, sh geom.Shape) {
		switch v := sh.(type) {
		case Circle:
			fmt.Println(i, "circle of radius", v.R)
		case store.Square:
			fmt.Println(i, "square at", v.Point, v.Add(geom.Point{X: 10, Y: 10}), v.X)
		default:
			fmt.Printf("%d %T %v\n", i, v, v.Area())
		}
	})
	fmt.Println(geom.Registry["circle"], geom.Registry["square"], len(geom.Registry))
	pts := []geom.Point{{1, 1}, {2, 3}}
	fmt.Println(geom.Sum(pts))
	p := geom.Point{X: 7}
	q := geom.Keep(&p)
	r := geom.Point{Y: 9}
	geom.Remember(&r)
	fmt.Println(*q, r)
	var sh geom.Shape = store.Square{Side: 2}
	if sq, ok := sh.(store.Square); ok {
		fmt.Println("square side", sq.Side)
	}
	area := geom.Shape.Area
	fmt.Println(area(Circle{3}))
}
