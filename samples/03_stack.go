package main

import "fmt"

// Each function call creates a new stack frame
func calculateFactorial(n int) int {
	// Local variable 'n' is stored in current stack frame
	if n <= 1 {
		return 1
	}
	// Recursive call creates new stack frame
	return n * calculateFactorial(n-1)
	// When function returns, stack frame is automatically cleaned up
}

func processData() {
	// Local variables stored in this function's stack frame
	var numbers = []int{1, 2, 3, 4, 5}
	var sum int = 0

	for _, num := range numbers {
		sum += num
	}

	result := calculateFactorial(5)
	fmt.Printf("Sum: %d, Factorial: %d\n", sum, result)
	// All local variables automatically cleaned up when function ends
}

func main() {
	// main() function has its own stack frame
	processData()
	// processData's stack frame is cleaned up here
}
