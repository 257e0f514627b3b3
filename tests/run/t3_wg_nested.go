package main

import (
	"fmt"
	"sync"
)

type Tree struct {
	Val         int
	Left, Right *Tree
}

func build(depth, val int) *Tree {
	if depth == 0 {
		return nil
	}
	return &Tree{val, build(depth-1, 2*val), build(depth-1, 2*val+1)}
}

func parallelSum(t *Tree) int {
	if t == nil {
		return 0
	}
	var wg sync.WaitGroup
	var l, r int
	wg.Add(2)
	go func() { defer wg.Done(); l = parallelSum(t.Left) }()
	go func() { defer wg.Done(); r = parallelSum(t.Right) }()
	wg.Wait()
	return t.Val + l + r
}

func main() {
	for d := 1; d <= 10; d++ {
		fmt.Print(parallelSum(build(d, 1)), " ")
	}
	fmt.Println()
}
