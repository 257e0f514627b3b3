package main

import "fmt"

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "two", 3.0)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", 7)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%x\n", true)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("%[2]d %[1]d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[1]d %d %d\n", 5, 6)
	fmt.Printf("%q\n", 3.5)
	s := fmt.Sprintf("%d|%s", "a", 1)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%v %v", 1))
	fmt.Println(fmt.Sprintf("%v", nil), fmt.Sprintf("%d", nil))
}
