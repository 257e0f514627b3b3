// A recursion a million calls deep works on main's stack and on a goroutine's.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

type tree struct{ left, right *tree }

func build(d int) *tree {
	if d == 0 {
		return nil
	}
	return &tree{build(d - 1), nil}
}

func count(t *tree) int {
	if t == nil {
		return 0
	}
	return 1 + count(t.left) + count(t.right)
}

func main() {
	fmt.Println("main:", depth(1000000))
	done := make(chan int)
	go func() { done <- depth(1000000) }()
	fmt.Println("goroutine:", <-done)
	go func() { done <- count(build(200000)) }()
	fmt.Println("list:", <-done)
}
