package main

import "fmt"

// Pitfall 3: Large Stack Frames

// ❌ Avoid: Large arrays on stack
func largeStackFrame() int {
	var largeArray [1024 * 1024]int // 4MB on stack - problematic
	// ... use array
	for i := range largeArray {
		largeArray[i] = i % 7
	}
	sum := 0
	for _, v := range largeArray {
		sum += v
	}
	return sum
}

// ✅ Better: Use heap for large data
func smallStackFrame() int {
	largeSlice := make([]int, 1024*1024) // Allocated on heap
	// ... use slice
	for i := range largeSlice {
		largeSlice[i] = i % 7
	}
	sum := 0
	for _, v := range largeSlice {
		sum += v
	}
	return sum
}

func main() {
	fmt.Println("largeStackFrame sum:", largeStackFrame())
	fmt.Println("smallStackFrame sum:", smallStackFrame())
}
