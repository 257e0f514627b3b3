package main

import "fmt"

func main() {
	fmt.Println("stdout line")
	println("println to stderr", 42, true, -7)
	println(1.5, 0.1, -2.0, 1e21, float32(0.25))
	println('x', "str", uint8(200), int64(-1))
	print("print ", "no ", "spaces", 1, 2, "\n")
	print(3.0, "\n")
	var zero float64
	println(1/zero, -1/zero, zero/zero)
	println()
	panic("done printing")
}
