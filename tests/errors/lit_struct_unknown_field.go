package main

type T struct{ A int }

func main() {
	_ = T{C: 1}
}
