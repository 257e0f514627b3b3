package main

type T struct {
	Name string
}

func (t T) Name() string { return "x" }

func main() {
	_ = T{}
}
