package main

import "fmt"

var order []string

var v = record("var v")

func record(s string) int {
	order = append(order, s)
	return len(order)
}

func init() {
	record("init 1")
	fmt.Println("init 1 sees v =", v)
}

func init() {
	record("init 2")
	fmt.Println("init 2")
}

var w = record("var w")

func init() {
	record("init 3")
	counter += 10
}

var counter int

func main() {
	record("main")
	fmt.Println(order)
	fmt.Println(v, w, counter)
}
