package main

import "fmt"

type Meters float64
type Feet float64
type IDs []int
type Registry map[string]IDs
type Handler func(string) string
type Celsius int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (ids IDs) Len() int      { return len(ids) }

func main() {
	m := Meters(100)
	fmt.Printf("%.2f %T\n", m.ToFeet(), m.ToFeet())
	var f float64 = float64(m) + 1
	fmt.Println(f)
	ids := IDs{3, 1, 2}
	plain := []int(ids)
	plain[0] = 30
	fmt.Println(ids, ids.Len(), IDs(plain[:1]).Len())
	reg := Registry{"a": {1}, "b": ids}
	fmt.Println(reg, len(reg["b"]))
	var h Handler = func(s string) string { return "<" + s + ">" }
	fmt.Println(h("x"))
	fn := (func(string) string)(h)
	fmt.Println(fn("y"))
	var c Celsius = 25
	var i int = int(c) * 2
	fmt.Println(c, i, Celsius(i)+c)
	type Local struct{ V Celsius }
	fmt.Printf("%+v %T\n", Local{5}, Local{})
	var s []Meters = []Meters{1, 2}
	fmt.Println(s)
	x := 3
	var y Celsius = Celsius(x)
	fmt.Println(y + 1)
}
