package main

import "fmt"

const W, H = 10, 8

type Board [H][W]bool

func (b *Board) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if b[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (b *Board) Step() *Board {
	var nb Board
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := b.neighbors(r, c)
			nb[r][c] = n == 3 || n == 2 && b[r][c]
		}
	}
	return &nb
}

func (b *Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	b := &Board{}
	b[0][1], b[1][2], b[2][0], b[2][1], b[2][2] = true, true, true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d:\n%v", gen, b)
		b = b.Step()
	}
}
