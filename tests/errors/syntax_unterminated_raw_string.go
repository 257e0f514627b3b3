package main

import "fmt"

func main() {
	fmt.Println(`raw string never ends)
}
