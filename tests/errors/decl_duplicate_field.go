package main

type T struct {
	A int
	B string
	A float64
}

func main() {
	_ = T{}
}
