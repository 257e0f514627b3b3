package main

import "fmt"

// Best practice 1: Minimize Heap Allocations

// ❌ Avoid: Unnecessary heap allocation
func badExample() int {
	total := 0
	for i := 0; i < 1000; i++ {
		temp := make([]int, 10) // Allocates on heap every iteration
		// ... use temp
		temp[i%10] = i
		total += temp[i%10]
	}
	return total
}

// ✅ Better: Reuse slice
func goodExample() int {
	total := 0
	temp := make([]int, 10) // Allocate once
	for i := 0; i < 1000; i++ {
		// Clear and reuse
		for j := range temp {
			temp[j] = 0
		}
		// ... use temp
		temp[i%10] = i
		total += temp[i%10]
	}
	return total
}

func main() {
	fmt.Println("badExample total:", badExample())
	fmt.Println("goodExample total:", goodExample())
	fmt.Println("same result:", badExample() == goodExample())
}
