package main

import "fmt"

func name(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "few"
	case 4:
	case 5:
		return "five"
	default:
		return "many"
	}
	return "four(empty case)"
}

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	return "other"
}

func main() {
	for i := 0; i <= 6; i++ {
		fmt.Println(i, name(i))
	}
	for _, c := range "hi you" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	case "go":
		fmt.Println("no")
	}
	switch x := 2.5; x {
	case 2.5:
		fmt.Println("float case")
	}
	switch {
	default:
		fmt.Println("default first")
	case s == "no":
		fmt.Println("no")
	}
	var b bool
	switch b {
	case true:
		fmt.Println("true")
	case false:
		fmt.Println("false")
	}
	switch f := 3; {
	case f > 2:
		fmt.Println("f>2")
		if f == 3 {
			break
		}
		fmt.Println("unreached")
	}
}
