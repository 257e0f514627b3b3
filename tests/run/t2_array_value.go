package main

import "fmt"

func modify(a [3]int) [3]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	fmt.Println(a, b)
	c := modify(a)
	fmt.Println(a, c)
	modifyPtr(&a)
	fmt.Println(a)
	var z [4]string
	fmt.Printf("%q %d\n", z, len(z))
	d := [...]int{5, 6, 7, 8}
	fmt.Println(len(d), d)
	e := [5]int{1: 10, 3: 30}
	fmt.Println(e)
	f := [...]string{2: "c", 0: "a"}
	fmt.Println(len(f), f)
	for i, v := range d {
		d[3-i] = v
	}
	fmt.Println(d)
	arrs := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	arrs2 := arrs
	arrs2[1][2] = 60
	fmt.Println(arrs, arrs2)
	var bools [3]bool
	bools[1] = true
	fmt.Println(bools)
	s := d[1:3]
	s[0] = -1
	fmt.Println(d, s, cap(s))
}
