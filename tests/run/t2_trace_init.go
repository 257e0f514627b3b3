// Tracebacks: a runtime error in a package-level variable's initialiser and in init();
// Go attributes frames to main.init and main.init.0.
package main

import "fmt"

var table = []int{1, 2, 3}

func lookup(i int) int { return table[i] }

var first = lookup(0)

func init() {
	fmt.Println("init", first)
	d := 0
	for _, v := range table {
		d += v
	}
	fmt.Println(100 / (d - 6))
}

func main() {
	fmt.Println("main")
}
