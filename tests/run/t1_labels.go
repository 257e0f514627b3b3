package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	count := 0
rows:
	for r := 0; r < 10; r++ {
	cols:
		for c := 0; c < 10; c++ {
			switch {
			case c > r:
				continue rows
			case r+c == 12:
				break rows
			case c == 5:
				break cols
			}
			count++
		}
	}
	fmt.Println(count)

	found := -1
search:
	for r := 0; r < 3; r++ {
		for _, v := range []int{2*r + 1, 2*r + 2} {
			if v == 4 {
				found = v
				break search
			}
		}
	}
	fmt.Println(found)

	n := 0
loop:
	for {
		switch {
		case n >= 4:
			break loop
		default:
			n++
		}
	}
	fmt.Println(n)
}
