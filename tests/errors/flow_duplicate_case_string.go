package main

import "fmt"

func main() {
	s := "a"
	switch s {
	case "a":
		fmt.Println("a")
	case "b", "a":
		fmt.Println("again")
	}
}
