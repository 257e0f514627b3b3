package main

import "fmt"

type S struct {
	P  *int
	Sl []int
	M  map[string]int
	F  func()
	I  interface{}
	E  error
	C  chan int
}

func main() {
	var s S
	fmt.Println(s)
	fmt.Printf("%v\n%+v\n", s, s)
	var p *int
	var sl []int
	var m map[string]int
	var i interface{}
	var e error
	fmt.Println(p, sl, m, i, e)
	fmt.Printf("%v %v %v %v %v\n", p, sl, m, i, e)
	fmt.Printf("%d %s %d\n", sl, sl, m)
	fmt.Printf("%#v %#v %#v %#v\n", sl, m, i, e)
	fmt.Printf("%T %T %T %T %T\n", p, sl, m, i, e)
	fmt.Printf("[%5v][%-5v]\n", nil, nil)
	fmt.Println(nil)
	fmt.Print(nil, nil, "\n")
	fmt.Printf("%s %d %x\n", nil, nil, nil)
	fmt.Println(fmt.Sprint(nil) == "<nil>")
	var f func()
	fmt.Println(f == nil)
	var c chan int
	fmt.Println(c == nil, len(c), cap(c))
}
