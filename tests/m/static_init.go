package main

import "fmt"

type T struct{ a, b int }

func f() T  { return T{1, 2} }
func h() *T { return &T{3, 4} }

var g = "str"
var i1 interface{} = f()
var i2 interface{} = g
var i3 = []interface{}{f(), 1, g}
var i4 = struct{ x interface{} }{f()}
var i5 = &T{f().a, 2}
var i6 interface{} = h()
var i7 = [2]interface{}{h(), []int{1}}
var i8 = map[string]interface{}{"a": f()}
var i9 interface{} = []int{1, 2}
var i10 interface{} = &T{}
var p = &T{5, 6}

func main() {
	fmt.Println(i1, i2, i3, i4.x, *i5, *(i6.(*T)), i8, i9, *p)
	fmt.Println(*(i7[0].(*T)), i7[1], *(i10.(*T)))
}
