package main

import "fmt"

func main() {
	var s fmt.Stringer
	switch s.(type) {
	case int:
		fmt.Println("int")
	}
}
