// The program tests/debug/run inspects with nm, addr2line and gdb: Go's names in the
// symbol table, DWARF lines for main.main, methods and closures.
package main

import (
	"fmt"
	"os"
)

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }

func (s Stack) Len() int { return len(s.items) }

func fill(s *Stack, n int) {
	add := func(v int) { s.Push(v * v) }
	for i := 0; i < n; i++ {
		add(i)
	}
}

func main() {
	s := &Stack{}
	fill(s, len(os.Args)+3)
	fmt.Println(s.Len(), s.items)
	if len(os.Args) > 1 {
		fmt.Println(s.items[len(os.Args)+10])
	}
}
