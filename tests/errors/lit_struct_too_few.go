package main

type T struct{ A, B, C int }

func main() {
	_ = T{1, 2}
}
