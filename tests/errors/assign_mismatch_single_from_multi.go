package main

func two() (int, error) { return 1, nil }

func main() {
	x := two()
	_ = x
}
