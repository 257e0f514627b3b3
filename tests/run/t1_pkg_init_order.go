package main

import "fmt"

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	trace("f called, d =", d)
	return d
}

var log []string

func trace(msg string, v int) {
	log = append(log, fmt.Sprint(msg, " ", v))
}

var x = y * 2
var y = z + 1
var z = initZ()

func initZ() int {
	trace("initZ", 10)
	return 10
}

var total = sum(first, second)
var first, second = pair()

func pair() (int, int) {
	trace("pair", 0)
	return 100, 200
}

func sum(p, q int) int { return p + q }

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(x, y, z)
	fmt.Println(total, first, second)
	for _, l := range log {
		fmt.Println(l)
	}
}
