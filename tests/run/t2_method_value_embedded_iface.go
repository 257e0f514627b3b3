// Method values of interface methods promoted through embedded fields (z.String with
// z *struct{ I }): an ICE found on Go's fixedbugs/issue6140.go.
package main

import "fmt"

type I interface{ String() string }

type N int

func (n N) String() string { return fmt.Sprint("N", int(n)) }

type Outer struct {
	name string
	Inner
}
type Inner struct{ I }

var z = &struct{ I }{N(3)}

func main() {
	mv3 := z.String
	z.I = N(4)
	fmt.Println(mv3())
	o := Outer{"o", Inner{N(5)}}
	f := o.String
	o.I = N(6)
	fmt.Println(f(), o.String())
	po := &o
	g := po.String
	fmt.Println(g())
	defer func() { fmt.Println("recovered:", recover()) }()
	var bad Outer
	h := bad.String
	fmt.Println(h())
}
