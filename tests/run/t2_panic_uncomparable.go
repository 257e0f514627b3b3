package main

import "fmt"

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	var c interface{} = 5
	fmt.Println(a == c)
	fmt.Println(a == b)
}
