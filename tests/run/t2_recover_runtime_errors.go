package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %v\n", name, re.Error())
			return
		}
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var nilMap map[string]int
	var nilPtr *struct{ x int }
	var e interface{} = "str"
	var ei interface{}
	var ifc I
	zero := 0
	idx := 10
	neg := -1
	xs := []int{1, 2, 3}
	try("divide", func() { fmt.Println(1 / zero) })
	try("index", func() { fmt.Println(xs[idx]) })
	try("slice", func() { fmt.Println(xs[1:idx]) })
	two, one := 2, 1
	try("slice3", func() { fmt.Println(xs[two:one:two]) })
	try("nil map", func() { nilMap["a"] = 1 })
	try("nil ptr", func() { fmt.Println(nilPtr.x) })
	try("assert", func() { fmt.Println(e.(int)) })
	try("assert nil", func() { fmt.Println(ei.(string)) })
	try("assert iface", func() { fmt.Println(e.(I)) })
	try("nil iface call", func() { ifc.M() })
	try("shift", func() { fmt.Println(1 << neg) })
	try("make", func() { fmt.Println(make([]int, neg)) })
	try("string index", func() { fmt.Println("abc"[idx]) })
	try("conversion", func() { fmt.Println(string(rune(65))) })
	try("custom", func() { panic(fmt.Sprintf("custom %d", 7)) })
	try("array", func() {
		var a [3]int
		fmt.Println(a[idx%4])
	})
}
