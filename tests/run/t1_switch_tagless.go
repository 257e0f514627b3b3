package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

func fizzbuzz(i int) string {
	switch {
	case i%15 == 0:
		return "FizzBuzz"
	case i%3 == 0:
		return "Fizz"
	case i%5 == 0:
		return "Buzz"
	default:
		return fmt.Sprint(i)
	}
}

var calls int

func probe(v int) int {
	calls++
	return v
}

func main() {
	for _, s := range []int{95, 85, 75, 65, 55, 100, 0} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := 1; i <= 15; i++ {
		fmt.Print(fizzbuzz(i), " ")
	}
	fmt.Println()
	switch probe(3) {
	case probe(1), probe(2):
		fmt.Println("no")
	case probe(3):
		fmt.Println("three")
	case probe(4):
		fmt.Println("no")
	}
	fmt.Println("calls:", calls)
}
