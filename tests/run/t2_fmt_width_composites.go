package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	fmt.Printf("[%4v]\n", []int{1, 2})
	fmt.Printf("[%-4v]\n", []int{1, 2})
	fmt.Printf("[%04d]\n", []int{1, 2})
	fmt.Printf("[%6.2f]\n", [2]float64{1, 2.345})
	fmt.Printf("[%3v]\n", P{1, "a"})
	fmt.Printf("[%+4v]\n", P{1, "a"})
	fmt.Printf("[%3v]\n", map[string]int{"a": 1})
	fmt.Printf("[%x]\n", P{255, "z"})
	fmt.Printf("[% x]\n", []int{255, 16})
	fmt.Printf("[%#x]\n", []int{255, 16})
	fmt.Printf("[%08.3f]\n", []float64{-1.5})
	fmt.Printf("[%q]\n", []interface{}{"a", 1, 'b'})
	fmt.Printf("[%5s]\n", []string{"a", "bb"})
	fmt.Printf("[%-5s]\n", []string{"a", "bb"})
	fmt.Printf("[%v]\n", []*int{nil})
	fmt.Printf("[%6.1v]\n", []float64{3.14159})
}
