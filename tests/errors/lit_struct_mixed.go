package main

type T struct{ A, B int }

func main() {
	_ = T{1, B: 2}
}
