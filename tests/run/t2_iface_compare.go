package main

import "fmt"

type Key struct{ A, B int }
type Named string

func main() {
	var a, b interface{}
	fmt.Println(a == b)
	a, b = 1, 1
	fmt.Println(a == b)
	a, b = 1, 1.0
	fmt.Println(a == b)
	a, b = "x", Named("x")
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b)
	a, b = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(a == b)
	x := 5
	a, b = &x, &x
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == nil, a == b)
	var e error
	var s fmt.Stringer
	fmt.Println(e == nil, s == nil)
	a = Key{1, 2}
	fmt.Println(a == Key{1, 2}, a != Key{2, 1})
	m := map[interface{}]string{Key{1, 1}: "key", 1: "one", "1": "string one"}
	fmt.Println(m[Key{1, 1}], m[1], m["1"], len(m))
	var i8 interface{} = int8(1)
	fmt.Println(i8 == 1, i8 == int8(1))
}
