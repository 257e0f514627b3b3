package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 7 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var m int
	for m = 10; m > 0; m -= 3 {
	}
	fmt.Println(m)
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	x := 5
	for ; x > 0; {
		x--
	}
	fmt.Println(x)
	for i := 0; i < 3; {
		fmt.Print("i=", i, " ")
		i++
	}
	fmt.Println()
	for i := range []string{"a", "b", "c"} {
		fmt.Print(i)
	}
	fmt.Println()
	for range []int{1, 2} {
		fmt.Print("r")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		i := i * 10
		fmt.Print(i, " ")
	}
	fmt.Println()
}
