// Tracebacks: a nil pointer dereference (a fault turned into a panic) deep in a call chain,
// with recursion so that the frames are not all inlined.
package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func sum(n *Node, depth int) int {
	if depth == 0 {
		return n.val
	}
	return n.val + sum(n.next, depth-1)
}

func main() {
	l := &Node{&Node{&Node{nil, 3}, 2}, 1}
	fmt.Println(sum(l, 2))
	fmt.Println(sum(l, 4))
}
