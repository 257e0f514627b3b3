package main

import "fmt"

func shift(x int, s int) int { return x << s }

func main() {
	fmt.Println(shift(1, 4))
	fmt.Println(shift(1, -1))
}
