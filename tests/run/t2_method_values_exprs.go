package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	p := Point{1, 2}
	addTo := p.Add
	p = Point{100, 100}
	fmt.Println(addTo(Point{10, 10}))
	scale := p.Scale
	scale(2)
	fmt.Println(p)
	f := Point.Add
	fmt.Println(f(Point{1, 1}, Point{2, 2}))
	g := (*Point).Scale
	g(&p, 3)
	fmt.Println(p)
	h := (*Point).Add
	fmt.Println(h(&p, Point{1, 1}))
	str := Point.String
	fmt.Println(str(Point{7, 8}))
	fmt.Printf("%T\n%T\n%T\n", f, g, addTo)
	var ms []func() string
	for _, q := range []Point{{1, 1}, {2, 2}} {
		ms = append(ms, q.String)
	}
	for _, m := range ms {
		fmt.Print(m(), " ")
	}
	fmt.Println()
	pp := &Point{5, 5}
	bound := pp.String
	pp.X = 0
	fmt.Println(bound(), pp.String())
}
