package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5}}
	for r := range grid {
		fmt.Println(grid[r][1])
	}
	c := 2
	fmt.Println(grid[0][c])
	fmt.Println(grid[1][c])
}
