// Tracebacks: a runtime error in a method called from a closure called from a function;
// Go prints every frame (inlined ones as name(...)) with its line.
package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Top() int { return s.items[len(s.items)-1] }

func (s Stack) Peek(i int) int {
	return s.items[i]
}

func apply(f func() int) int {
	v := f()
	return v + 1
}

func run(s *Stack) int {
	total := 0
	for i := 0; i < 3; i++ {
		total += apply(func() int {
			return s.Peek(i) * 2
		})
	}
	return total
}

func main() {
	s := &Stack{items: []int{1, 2}}
	fmt.Println(s.Top())
	fmt.Println(run(s))
}
