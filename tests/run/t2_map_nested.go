package main

import "fmt"

func main() {
	graph := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if graph[a] == nil {
			graph[a] = map[string]int{}
		}
		graph[a][b] = w
	}
	add("a", "b", 1)
	add("a", "c", 4)
	add("b", "c", 2)
	add("c", "a", 7)
	fmt.Println(graph)
	fmt.Println(graph["a"]["c"], graph["x"]["y"], len(graph["b"]))
	idx := map[string][]int{}
	for i, w := range []string{"x", "y", "x", "z", "x"} {
		idx[w] = append(idx[w], i)
	}
	fmt.Println(idx)
	deep := map[int]map[int]map[int]bool{1: {2: {3: true}}}
	fmt.Println(deep[1][2][3], deep[1][2][4], deep)
	counts := map[string]map[bool]int{}
	for _, n := range []int{1, 2, 3, 4, 5, 6} {
		k := "small"
		if n > 3 {
			k = "big"
		}
		if counts[k] == nil {
			counts[k] = map[bool]int{}
		}
		counts[k][n%2 == 0]++
	}
	fmt.Println(counts)
}
