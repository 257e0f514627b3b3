// Comma-ok forms (type assertion, map index, receive) assigned to interface-typed variables:
// the value is converted, ok stays a bool (an ICE found on Go's escape_iface.go).
package main

import "fmt"

var sink interface{}

var y interface{} = 7
var m = map[string]int{"a": 3}
var ch = make(chan string, 1)

var g1, ok1 = y.(int)
var g2 interface{}
var ok2 bool
var g3, ok3 interface{} = m["a"]

type S struct{ v interface{} }

func main() {
	var v int
	var ok bool
	*(&v), *(&ok) = y.(int)
	fmt.Println(v, ok)
	sink, *(&ok) = y.(int)
	fmt.Println(sink, ok)
	sink, *(&ok) = y.(*int)
	fmt.Println(sink, ok)
	*(&v), *(&ok) = m["a"]
	fmt.Println(v, ok)
	(v), (ok) = m["b"]
	fmt.Println(v, ok)

	fmt.Println(g1, ok1, g3, ok3)
	g2, ok2 = m["a"]
	fmt.Println(g2, ok2)
	var e fmt.Stringer
	e, ok = y.(fmt.Stringer)
	fmt.Println(e, ok)
	ch <- "hi"
	var s S
	s.v, ok = <-ch
	fmt.Println(s.v, ok)
	var arr [2]interface{}
	arr[1], ok = m["zz"]
	fmt.Println(arr, ok)
	var i2 interface{}
	i2, ok = y.(int)
	fmt.Printf("%T %v %v\n", i2, i2, ok)
}
