// Package shape: an interface with an unexported method, so that only this package's
// types implement it (as Go's text/template/parse.Node does with tree()).
package shape

import "fmt"

type Shape interface {
	Area() float64
	sealed() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (r Rect) sealed() string    { return "rect" }
func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) sealed() string { return "circle" }

// Describe calls the unexported method through the interface.
func Describe(s Shape) string { return fmt.Sprintf("%s %.1f", s.sealed(), s.Area()) }
