package main

import "fmt"

func main() {
	n := 5
	grid := make([][]int, n)
	for i := range grid {
		grid[i] = make([]int, n)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		fmt.Println(row)
	}
	tri := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	words := [][]string{{"a", "b"}, {}, {"c"}}
	fmt.Println(words, len(words[1]))
	jag := [][]byte{[]byte("hi"), []byte("there")}
	fmt.Println(string(jag[1][1:3]), jag)
}
