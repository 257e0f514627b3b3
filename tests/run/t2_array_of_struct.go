package main

import "fmt"

type Cell struct {
	Alive bool
	N     int
}

type Grid [3][4]Cell

func main() {
	var g Grid
	g[1][2].Alive = true
	g[1][2].N = 3
	g[0][0] = Cell{true, 1}
	count := 0
	for _, row := range g {
		for _, c := range row {
			if c.Alive {
				count++
			}
		}
	}
	fmt.Println(count)
	fmt.Println(g[1])
	fmt.Printf("%+v\n", g[0][0])
	h := g
	h[0][0].N = 99
	fmt.Println(g[0][0].N, h[0][0].N)
	ptrs := [2]*Cell{&g[0][0], &h[0][0]}
	ptrs[0].N = -1
	fmt.Println(g[0][0], *ptrs[1])
}
