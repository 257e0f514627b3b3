package main

import "fmt"

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func insert(s []int, i int, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s))
	s = insert(s, 1, 99)
	fmt.Println(s)
	s = filter(s, func(v int) bool { return v%2 == 1 })
	fmt.Println(s)
	var stack []string
	stack = append(stack, "a", "b", "c")
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	queue := []int{1, 2, 3}
	head := queue[0]
	queue = queue[1:]
	queue = append(queue, 4)
	fmt.Println(head, queue)
	words := []string{"one", "two", "three"}
	reverse(words)
	fmt.Println(words)
	clone := append(words[:0:0], words...)
	clone[0] = "X"
	fmt.Println(words, clone)
}
