package main

type T struct {
	Name string
	Tags []string
}

func main() {
	a, b := T{}, T{}
	_ = a == b
}
