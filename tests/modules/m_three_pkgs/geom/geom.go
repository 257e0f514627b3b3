// Package geom is imported by both store and main: it is initialized once, first.
package geom

import "fmt"

// Point is a value type with value methods.
type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

// Shape is implemented in other packages.
type Shape interface {
	Area() float64
	Name() string
}

// Registry counts shapes by name; filled by store and main.
var Registry = map[string]int{}

var initOrder = trace("geom: var initOrder")

var Origin = Point{}

func trace(s string) string {
	fmt.Println(s)
	return s
}

func init() {
	fmt.Println("geom: init, Origin =", Origin)
}

// Sum adds points; it keeps no reference to its argument.
func Sum(ps []Point) Point {
	var s Point
	for _, p := range ps {
		s = s.Add(p)
	}
	return s
}

// Keep returns its argument: the pointer leaks to the result.
func Keep(p *Point) *Point { return p }

// Remember stores its argument in a package variable: the pointer escapes.
var remembered *Point

func Remember(p *Point) { remembered = p }
