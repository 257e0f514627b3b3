package main

import "fmt"

func describe(n int) {
	fmt.Print(n, ":")
	switch n {
	case 0:
		fmt.Print(" zero")
		fallthrough
	case 1:
		fmt.Print(" <=one")
		fallthrough
	case 2:
		fmt.Print(" <=two")
	case 3:
		fmt.Print(" three")
		fallthrough
	default:
		fmt.Print(" default")
	}
	fmt.Println()
}

func main() {
	for i := 0; i < 5; i++ {
		describe(i)
	}
	switch {
	case true:
		fmt.Println("first")
		fallthrough
	case false:
		fmt.Println("second (fallthrough ignores condition)")
		fallthrough
	default:
		fmt.Println("default")
	}
	x := 7
	switch {
	default:
		fmt.Println("default (not chosen: a case matches)")
		fallthrough
	case x > 100:
		fmt.Println("into x>100")
	case x > 5:
		fmt.Println("x>5 matches before default")
	}
}
