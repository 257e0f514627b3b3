package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recover() returned", r, r == nil)
	}()
	panic(nil)
}
