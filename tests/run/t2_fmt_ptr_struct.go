package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Pair struct{ K, V string }

func main() {
	n := &Node{Val: 1}
	fmt.Println(n.Val, n.Next == nil)
	fmt.Printf("%v\n", *n)
	fmt.Printf("%+v\n", *n)
	p := &Pair{"a", "b"}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", *p)
	pp := &p
	fmt.Println(**pp)
	arr := &[3]int{1, 2, 3}
	fmt.Println(arr)
	fmt.Printf("%v %+v\n", arr, arr)
	sl := &[]string{"x", "y"}
	fmt.Println(sl)
	m := &map[string]int{"z": 26}
	fmt.Println(m)
	ps := []*Pair{{"1", "2"}}
	fmt.Println(len(ps), *ps[0])
	var nilp *Pair
	fmt.Println(nilp)
	type W struct{ P *Pair }
	fmt.Println(W{nil})
}
