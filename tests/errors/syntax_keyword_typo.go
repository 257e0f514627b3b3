package main

import "fmt"

fucn main() {
	fmt.Println("typo")
}
