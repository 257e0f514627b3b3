package main

import "fmt"

type S3 struct{ a, b, c int64 }

func main() {
	var a []int
	prev := -1
	for i := 0; i < 5000; i++ {
		a = append(a, i)
		if cap(a) != prev {
			fmt.Print(cap(a), " ")
			prev = cap(a)
		}
	}
	fmt.Println()
	var s []string
	prev = -1
	for i := 0; i < 600; i++ {
		s = append(s, "x")
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var t []S3
	prev = -1
	for i := 0; i < 300; i++ {
		t = append(t, S3{})
		if cap(t) != prev {
			fmt.Print(cap(t), " ")
			prev = cap(t)
		}
	}
	fmt.Println()
	var i32 []int32
	prev = -1
	for i := 0; i < 1000; i++ {
		i32 = append(i32, 1)
		if cap(i32) != prev {
			fmt.Print(cap(i32), " ")
			prev = cap(i32)
		}
	}
	fmt.Println()
	x := append([]int{1, 2, 3}, 4)
	fmt.Println(len(x), cap(x))
	y := append([]int{1, 2, 3, 4, 5}, 1, 2, 3, 4, 5, 6, 7)
	fmt.Println(len(y), cap(y))
	z := append([]byte{}, make([]byte, 33)...)
	fmt.Println(len(z), cap(z))
	w := append(make([]int, 0, 5), make([]int, 11)...)
	fmt.Println(len(w), cap(w))
}
