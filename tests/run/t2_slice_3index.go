package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	fmt.Println(a, len(a), cap(a))
	b := base[2:4:5]
	fmt.Println(b, len(b), cap(b))
	b = append(b, 100)
	fmt.Println(base)
	b = append(b, 200)
	fmt.Println(base, b)
	a = append(a, -1)
	fmt.Println(base)
	c := base[:0:0]
	c = append(c, 9)
	fmt.Println(base[0], c)
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	d := base[3:3:3]
	fmt.Println(len(d), cap(d))
}
