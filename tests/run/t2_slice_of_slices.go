package main

import "fmt"

func main() {
	var matrix [][]float64
	for i := 0; i < 3; i++ {
		row := make([]float64, 0, 3)
		for j := 0; j < 3; j++ {
			row = append(row, float64(i)+float64(j)/10)
		}
		matrix = append(matrix, row)
	}
	fmt.Println(matrix)
	matrix[1] = append(matrix[1], 9.9)
	fmt.Println(matrix, len(matrix[1]))
	shared := make([]int, 6)
	rows := [][]int{shared[0:2], shared[2:4], shared[4:6]}
	rows[1][0] = 5
	fmt.Println(shared, rows)
	groups := map[bool][][]string{}
	for _, w := range []string{"a", "bb", "ccc", "dd"} {
		even := len(w)%2 == 0
		groups[even] = append(groups[even], []string{w, fmt.Sprint(len(w))})
	}
	fmt.Println(groups)
	var nilRows [][]int
	nilRows = append(nilRows, nil, []int{})
	fmt.Println(len(nilRows), nilRows[0] == nil, nilRows[1] == nil, nilRows)
	fmt.Printf("%v %d\n", [][]string{{"x"}, {"y", "z"}}, [][]int{{1}, {2, 3}})
}
