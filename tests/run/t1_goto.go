package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func find(xs []int, target int) int {
	i := 0
next:
	if i >= len(xs) {
		goto notfound
	}
	if xs[i] == target {
		return i
	}
	i++
	goto next
notfound:
	return -1
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9))
	fmt.Println(find([]int{4, 8, 15, 16, 23, 42}, 23), find([]int{1}, 2))
	i := 0
top:
	fmt.Print(i, " ")
	i++
	if i < 5 {
		goto top
	}
	fmt.Println()
	goto end
end:
	fmt.Println("end")
}
