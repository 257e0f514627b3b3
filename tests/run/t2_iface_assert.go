package main

import "fmt"

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return "Name(" + string(n) + ")" }

type Num int

func main() {
	var i interface{} = Name("ann")
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := i.(Name)
	fmt.Println(n, ok)
	st, ok := i.(Stringer)
	fmt.Println(st.String(), ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	var j interface{} = Num(5)
	_, ok = j.(Stringer)
	fmt.Println(ok)
	num := j.(Num)
	fmt.Println(num + 1)
	var k interface{}
	v, ok := k.(int)
	fmt.Println(v, ok)
	_, ok = k.(interface{})
	fmt.Println(ok)
	var st2 Stringer = Name("x")
	nm := st2.(Name)
	fmt.Println(string(nm))
	if nn, ok := st2.(interface{ Missing() }); !ok {
		fmt.Println("no Missing method", nn == nil)
	}
	vals := []interface{}{1, "a", 2.5, Name("b"), nil}
	ints, strs := 0, 0
	for _, v := range vals {
		if _, ok := v.(int); ok {
			ints++
		}
		if _, ok := v.(string); ok {
			strs++
		}
	}
	fmt.Println(ints, strs)
}
