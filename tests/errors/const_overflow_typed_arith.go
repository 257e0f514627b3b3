package main

const c int8 = 100

func main() {
	x := c * 2
	_ = x
}
