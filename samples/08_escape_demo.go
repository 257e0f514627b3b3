package main

import "fmt"

// Best practice 3: Understand Escape Analysis
func escapeAnalysisDemo() {
	// This stays on stack - local scope only
	localVar := 100

	// This escapes to heap - returned as pointer
	heapVar := &localVar

	fmt.Printf("Stack: %d, Heap: %d\n", localVar, *heapVar)
}

func main() {
	escapeAnalysisDemo()
}
