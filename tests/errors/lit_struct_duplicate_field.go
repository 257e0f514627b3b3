package main

type T struct{ A, B int }

func main() {
	_ = T{A: 1, A: 2}
}
