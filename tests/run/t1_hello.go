package main

import "fmt"

func main() {
	fmt.Println("Hello, gosub!")
	fmt.Println("two", "words")
	fmt.Println(1, 2, 3)
	fmt.Println("mixed", 1, true, 2.5, 'x')
	fmt.Println()
	fmt.Print("print", "no", "spaces", "\n")
	fmt.Print(1, 2, "a", 3, 4, "\n")
	fmt.Print("a", 1, 2, "b\n")
	fmt.Printf("%s %d\n", "printf", 42)
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	s = fmt.Sprintln("x", 1, 2, "y")
	fmt.Print(s)
	fmt.Println(len(s))
	n, err := fmt.Println("returns")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%d\n", 10, 20)
	fmt.Println(n)
}
