package main

import "fmt"

func main() {
	var s []int
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Print(cap(s), " ")
			prev = cap(s)
		}
	}
	fmt.Println()
	var b []byte
	prev = -1
	for i := 0; i < 200; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println()
	x := []int{1, 2, 3}
	y := append(x, 4, 5, 6)
	fmt.Println(x, y, len(y), cap(y))
	z := append(x[:1], 9)
	fmt.Println(x, z)
	w := append([]int(nil), x...)
	w[0] = 100
	fmt.Println(x, w)
	bs := append([]byte("ab"), "cde"...)
	fmt.Println(string(bs), len(bs))
	e := append([]string{}, "a")
	fmt.Println(e, len(e), cap(e))
	u := make([]int64, 0, 3)
	u = append(u, 1, 2, 3, 4)
	fmt.Println(u, cap(u))
	var strs []string
	for i := 0; i < 5; i++ {
		strs = append(strs, fmt.Sprint(i*i))
	}
	fmt.Println(strs, len(strs), cap(strs))
	f := append([]float32{}, 1, 2, 3, 4, 5)
	fmt.Println(f, cap(f))
}
