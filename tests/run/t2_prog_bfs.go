package main

import "fmt"

type Graph map[string][]string

func (g Graph) AddEdge(a, b string) {
	g[a] = append(g[a], b)
	g[b] = append(g[b], a)
}

func (g Graph) ShortestPath(from, to string) []string {
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for n := to; n != ""; n = prev[n] {
				path = append([]string{n}, path...)
			}
			return path
		}
		for _, nb := range g[cur] {
			if _, seen := prev[nb]; !seen {
				prev[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return nil
}

func main() {
	g := Graph{}
	edges := [][2]string{{"a", "b"}, {"b", "c"}, {"c", "d"}, {"a", "e"}, {"e", "d"}, {"d", "f"}, {"x", "y"}}
	for _, e := range edges {
		g.AddEdge(e[0], e[1])
	}
	fmt.Println(g.ShortestPath("a", "f"))
	fmt.Println(g.ShortestPath("c", "e"))
	fmt.Println(g.ShortestPath("a", "a"))
	p := g.ShortestPath("a", "y")
	fmt.Println(p, p == nil, len(p))
	fmt.Println(g)
}
