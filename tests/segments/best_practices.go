// The seed's best-practices snippets (go-memory-management.md), as one program.
package main

import "fmt"

func badExample() {
	for i := 0; i < 1000; i++ {
		temp := make([]int, 10) // the seed: "allocates on heap every iteration"; Go and gosub: frame
		temp[0] = i
	}
}

func goodExample() {
	temp := make([]int, 10)
	for i := 0; i < 1000; i++ {
		for j := range temp {
			temp[j] = 0
		}
	}
}

func createOnHeap() *int {
	x := 42
	return &x // x escapes to heap
}

func createOnStack() int {
	x := 42
	return x
}

func escapeAnalysisDemo() {
	localVar := 100
	heapVar := &localVar
	fmt.Printf("Stack: %d, Heap: %d\n", localVar, *heapVar)
}

func safeRecursion(n int) int {
	if n <= 0 {
		return 0
	}
	return n + safeRecursion(n-1)
}

func main() {
	badExample()
	goodExample()
	sum := 0
	for i := 0; i < 3; i++ {
		sum += *createOnHeap()
	}
	sum += createOnStack()
	escapeAnalysisDemo()
	fmt.Println(sum, safeRecursion(10))
}
