package main

const a = 1.0 / 0.0

func main() {
	_ = a
}
