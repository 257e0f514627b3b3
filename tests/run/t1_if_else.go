package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n < 10 {
		return "small"
	} else if n < 100 {
		return "medium"
	} else {
		return "large"
	}
}

func sign(x float64) int {
	if x > 0 {
		return 1
	}
	if x < 0 {
		return -1
	}
	return 0
}

var count int

func check() bool {
	count++
	return true
}

func main() {
	for _, n := range []int{-5, 0, 3, 42, 1000} {
		fmt.Println(n, classify(n))
	}
	fmt.Println(sign(2.5), sign(-0.1), sign(0))
	if v := 10 * 3; v > 20 {
		fmt.Println("v big", v)
	} else {
		fmt.Println("v small", v)
	}
	if a, b := 1, 2; a > b {
		fmt.Println("a")
	} else if c := a + b; c == 3 {
		fmt.Println("c is", c, a, b)
	} else {
		fmt.Println("else", c)
	}
	t, f := true, false
	if t && !f || f {
		fmt.Println("logic ok")
	}
	if !(t == f) {
		fmt.Println("not equal")
	}
	if f && check() {
		fmt.Println("unreachable")
	}
	if t || check() {
		fmt.Println("short circuit", count)
	}
}
