package main

import "fmt"

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
		fmt.Println("first")
	case int:
		fmt.Println("second")
	}
}
