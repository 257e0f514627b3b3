package main

import "fmt"

// Pitfall 1: Stack Overflow

// ❌ Dangerous: Infinite recursion causes stack overflow
// (defined here so that its code and escape decisions can be inspected,
// but never called)
func infiniteRecursion(n int) int {
	return infiniteRecursion(n + 1) // Will eventually overflow stack
}

// ✅ Safe: Proper base case
func safeRecursion(n int) int {
	if n <= 0 {
		return 0
	}
	return n + safeRecursion(n-1)
}

func main() {
	for _, n := range []int{0, 1, 10, 100, 10000} {
		fmt.Printf("safeRecursion(%d) = %d\n", n, safeRecursion(n))
	}
	_ = infiniteRecursion // referenced, never called
}
