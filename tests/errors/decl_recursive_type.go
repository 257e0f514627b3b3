package main

type Node struct {
	Value int
	Next  Node
}

func main() {
	_ = Node{}
}
