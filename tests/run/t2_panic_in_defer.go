package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred print still runs")
	defer func() {
		panic("second panic from defer")
	}()
	fmt.Println("start")
	panic("first panic")
}
