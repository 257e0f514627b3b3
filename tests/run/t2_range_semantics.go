package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array pointer sees", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees", v)
		}
	}
	sl = []int{1, 2, 3}
	n := 0
	for range sl {
		sl = append(sl, 0)
		n++
	}
	fmt.Println("iterations:", n, "len now:", len(sl))
	type S struct{ V int }
	ss := []S{{1}, {2}}
	for _, s := range ss {
		s.V *= 10
	}
	fmt.Println(ss)
	m := map[string]S{"a": {1}}
	for k, v := range m {
		v.V = 99
		_ = k
	}
	fmt.Println(m)
	var i int
	for i = range []string{"x", "y", "z"} {
	}
	fmt.Println("i after loop:", i)
	str := "héllo"
	var last rune
	var lastIdx int
	for lastIdx, last = range str {
	}
	fmt.Println(lastIdx, string(last))
	count := 0
	for range [5]struct{}{} {
		count++
	}
	fmt.Println(count)
}
