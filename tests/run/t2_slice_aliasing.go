package main

import "fmt"

func appendOne(s []int) []int {
	return append(s, 1)
}

func setFirst(s []int) {
	s[0] = -1
}

func grow(s []int) {
	s = append(s, 42)
	s[0] = 777
}

func main() {
	s := make([]int, 3, 10)
	t := appendOne(s)
	u := appendOne(s)
	t[3] = 5
	fmt.Println(s, t, u)
	setFirst(s)
	fmt.Println(s, t, u)
	full := []int{1, 2, 3}
	grow(full)
	fmt.Println(full)
	room := make([]int, 3, 4)
	grow(room)
	fmt.Println(room, room[:4])
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 10)
	fmt.Println(a, b)
	b = append(b, 11, 12, 13)
	b[0] = 0
	fmt.Println(a, b)
	x := []string{"a", "b", "c"}
	y := x
	y[0] = "z"
	fmt.Println(x, y)
}
