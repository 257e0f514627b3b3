package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	var p *int
	fmt.Println(*p)
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
}

func main() {
	defer fmt.Println("main defer")
	level2()
}
