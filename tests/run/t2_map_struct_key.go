package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	ID   int
}

func main() {
	visited := map[Point]bool{}
	p := Point{0, 0}
	moves := []Point{{1, 0}, {0, 1}, {-1, 0}, {0, -1}, {1, 0}, {1, 0}}
	visited[p] = true
	for _, m := range moves {
		p = Point{p.X + m.X, p.Y + m.Y}
		visited[p] = true
	}
	fmt.Println(len(visited), visited[Point{1, 1}], visited[Point{5, 5}])
	fmt.Println(visited)
	reg := map[Key]string{{"a", 1}: "first", {"a", 2}: "second"}
	reg[Key{"b", 1}] = "third"
	fmt.Println(reg[Key{"a", 2}], len(reg))
	fmt.Println(reg)
	type pair struct {
		a, b interface{}
	}
	mixed := map[pair]int{{1, "x"}: 1, {"x", 1}: 2}
	fmt.Println(mixed[pair{1, "x"}], mixed[pair{"x", 1}], mixed[pair{1, 1}])
	arrKey := map[[2]int]string{{1, 2}: "one-two"}
	fmt.Println(arrKey[[2]int{1, 2}])
}
