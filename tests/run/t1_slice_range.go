package main

import "fmt"

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func reverse(xs []int) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func main() {
	xs := []int{5, 3, 8, 1}
	for i, x := range xs {
		fmt.Println(i, x)
	}
	fmt.Println(sum(xs))
	reverse(xs)
	fmt.Println(xs)
	for i := range xs {
		xs[i] *= 2
	}
	fmt.Println(xs)
	for _, x := range xs {
		x++
		_ = x
	}
	fmt.Println(xs)
	ys := []int{1, 2, 3}
	for i, y := range ys {
		if i == 0 {
			ys = append(ys, 100)
			ys[2] = 30
		}
		fmt.Print(y, " ")
	}
	fmt.Println(ys)
	var empty []string
	for range empty {
		fmt.Println("never")
	}
	names := []string{"ann", "bob", "cy"}
	total := 0
	for _, n := range names {
		total += len(n)
	}
	fmt.Println(total)
	for i, c := range []byte("AZ") {
		fmt.Println(i, c)
	}
}
