package main

import "fmt"

const N = 4

type Matrix [N][N]int

func identity() Matrix {
	var m Matrix
	for i := 0; i < N; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Matrix) Matrix {
	var c Matrix
	for i := 0; i < N; i++ {
		for j := 0; j < N; j++ {
			for k := 0; k < N; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Matrix) Matrix {
	for i := 0; i < N; i++ {
		for j := i + 1; j < N; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	var a Matrix
	for i := range a {
		for j := range a[i] {
			a[i][j] = i*N + j
		}
	}
	fmt.Println(a)
	fmt.Println(mul(a, identity()) == a)
	fmt.Println(transpose(a))
	fmt.Println(mul(a, a))
	fmt.Println(len(a), len(a[0]))
	var board [3][3]rune
	for i := range board {
		for j := range board[i] {
			board[i][j] = '.'
		}
	}
	board[1][1] = 'X'
	board[0][2] = 'O'
	for _, row := range board {
		fmt.Println(string(row[:]))
	}
}
