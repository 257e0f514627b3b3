package main

import "fmt"

type Expr interface {
	Eval() float64
	String() string
}

type Num float64
type Add struct{ L, R Expr }
type Mul struct{ L, R Expr }
type Neg struct{ E Expr }

func (n Num) Eval() float64   { return float64(n) }
func (n Num) String() string  { return fmt.Sprint(float64(n)) }
func (a Add) Eval() float64   { return a.L.Eval() + a.R.Eval() }
func (a Add) String() string  { return "(" + a.L.String() + " + " + a.R.String() + ")" }
func (m Mul) Eval() float64   { return m.L.Eval() * m.R.Eval() }
func (m Mul) String() string  { return m.L.String() + " * " + m.R.String() }
func (n *Neg) Eval() float64  { return -n.E.Eval() }
func (n *Neg) String() string { return "-" + n.E.String() }

func main() {
	e := Mul{Add{Num(1), Num(2.5)}, &Neg{Num(4)}}
	fmt.Println(e.String(), "=", e.Eval())
	fmt.Println(e)
	exprs := []Expr{Num(3), Add{Num(1), Num(1)}, &Neg{Add{Num(2), Num(3)}}}
	sum := 0.0
	for _, x := range exprs {
		sum += x.Eval()
		fmt.Printf("%v -> %g\n", x, x.Eval())
	}
	fmt.Println(sum)
}
