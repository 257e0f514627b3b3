package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Hello() string { return "Base hello " + b.Name }
func (b Base) Kind() string  { return "base" }

type Derived struct {
	Base
	Name string
}

func (d Derived) Kind() string { return "derived/" + d.Base.Kind() }

type A struct{ V int }
type B struct{ V int }
type C struct {
	A
	B
	W int
}

func main() {
	d := Derived{Base{1, "inner"}, "outer"}
	fmt.Println(d.Name, d.Base.Name, d.ID)
	fmt.Println(d.Hello())
	fmt.Println(d.Kind())
	c := C{A{1}, B{2}, 3}
	fmt.Println(c.A.V, c.B.V, c.W)
	fmt.Printf("%+v\n", c)
}
