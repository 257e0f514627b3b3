package store

import (
	"fmt"

	"example.com/shapes/geom"
)

func init() {
	fmt.Println("store: init 2 in square.go")
}

// Square is a Shape of this package; its corner is an embedded geom.Point.
type Square struct {
	geom.Point
	Side float64
}

func (q Square) Area() float64 { return q.Side * q.Side }
func (q Square) Name() string   { return "square" }

type secret struct{ n int }

func (s *secret) Area() float64 { return float64(s.n) }
func (s *secret) Name() string   { return "secret" }

// Hidden returns a Shape whose dynamic type is unexported here.
func Hidden(n int) geom.Shape { return &secret{n} }
