package main

func main() {
	x := [2]int{1, 2}
	p := &x[0]
	p++
}
