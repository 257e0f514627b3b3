package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n uint64) uint64 {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string) int {
	if n == 0 {
		return 0
	}
	moves := hanoi(n-1, from, via, to)
	moves++
	return moves + hanoi(n-1, via, to, from)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return 1 + depth(n-1)
}

func main() {
	for i := 0; i <= 25; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(fact(20), fact(21), fact(25))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(hanoi(10, "A", "C", "B"))
	fmt.Println(depth(100000))
}
