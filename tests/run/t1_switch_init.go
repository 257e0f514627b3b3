package main

import "fmt"

func parse(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

func main() {
	for _, s := range []string{"12", "x1", "", "7", "300"} {
		switch n, ok := parse(s); {
		case !ok:
			fmt.Printf("%q: invalid\n", s)
		case n < 10:
			fmt.Printf("%q: digit %d\n", s, n)
		default:
			fmt.Printf("%q: number %d\n", s, n)
		}
	}
	switch x := 5; x * 2 {
	case 10:
		fmt.Println("ten")
	}
	x := "outer"
	switch x := 1; x {
	case 1:
		fmt.Println("inner", x)
	}
	fmt.Println(x)
	switch y := len(x); {
	case y > 3:
		fmt.Println("long", y)
	}
}
