package main

import "fmt"

func main() {
	fmt.Println("panic message with a newline and a tab follows")
	panic("line one\nline two\ttabbed")
}
