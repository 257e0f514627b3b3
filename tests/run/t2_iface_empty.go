package main

import "fmt"

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

type P struct{ A int }

func main() {
	var e interface{}
	fmt.Println(e == nil, describe(e))
	vals := []interface{}{42, "str", 3.5, true, 'r', nil, []int{1}, map[string]int{"a": 1}, P{1}, &P{2}, byte(7), int8(-1), uint64(1 << 63), float32(0.5), struct{}{}}
	for _, v := range vals {
		if p, ok := v.(*P); ok {
			fmt.Println("pointer to P with A =", p.A)
			continue
		}
		fmt.Println(describe(v))
	}
	var x interface{} = 10
	var y interface{} = 10
	var z interface{} = int64(10)
	fmt.Println(x == y, x == z, x != nil)
	x = "10"
	fmt.Println(x == y)
	var any2 interface{} = vals
	fmt.Println(len(any2.([]interface{})))
	m := map[string]interface{}{"n": 1, "s": "two", "l": []interface{}{3, "four"}}
	fmt.Println(m)
	var ip *int
	e = ip
	fmt.Println(e == nil, e)
}
