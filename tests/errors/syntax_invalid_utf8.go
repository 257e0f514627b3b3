package main

import "fmt"

func main() {
	s := "ok"
	fmt.Println(s ÿ)
}
