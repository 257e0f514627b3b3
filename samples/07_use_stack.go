package main

import "fmt"

// Best practice 2: Use Stack When Possible

// ❌ Avoid: Returning pointer to local variable forces heap allocation
func createOnHeap() *int {
	x := 42
	return &x // x escapes to heap
}

// ✅ Better: Return value directly
func createOnStack() int {
	x := 42
	return x // x stays on stack
}

func main() {
	p := createOnHeap()
	v := createOnStack()
	fmt.Println("createOnHeap:", *p)
	fmt.Println("createOnStack:", v)
	*p = 7
	fmt.Println("after *p = 7:", *p, v)
}
