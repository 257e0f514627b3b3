package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	M     map[string]int
	F     float64
	Flag  bool
	Any   interface{}
	Bytes []byte
	Fn    func()
	hidden int
}

func main() {
	in := Inner{1, "x"}
	o := Outer{Name: "o", In: in, List: []Inner{in, {2, "y"}}, M: map[string]int{"k": 1}, F: 2.5, Any: 7, Bytes: []byte("hi"), hidden: 3}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", in)
	fmt.Printf("%#v\n", []Inner{in})
	fmt.Printf("%#v\n", o.List)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 2.5, true)
	fmt.Printf("%#v %#v %#v\n", []int{1, 2}, [2]string{"a", "b"}, map[int]bool{1: true})
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, struct{ X, Y int }{1, 2})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint16(7), float32(1.5))
	fmt.Printf("%#v %#v\n", 'x', []byte{1, 2})
	fmt.Printf("%T %T %T\n", o, &o, o.List)
	fmt.Printf("%v %+v\n", &in, &in)
	fmt.Printf("%#v\n", []*int(nil))
	var np *Inner
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%s\n", in)
	fmt.Printf("%d\n", in)
	fmt.Printf("%x\n", Inner{255, "hi"})
	fmt.Printf("%5v|%-8v|\n", in, Inner{})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%#v %#v\n", struct{}{}, [0]int{})
}
