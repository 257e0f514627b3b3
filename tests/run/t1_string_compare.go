package main

import "fmt"

func less(a, b string) string {
	if a < b {
		return "<"
	} else if a > b {
		return ">"
	}
	return "=="
}

func main() {
	pairs := []string{
		"a", "b", "b", "a", "abc", "abd", "abc", "ab", "", "",
		"", "x", "Zebra", "apple", "é", "z", "日本", "日本語", "same", "same",
		"\x00", "", "\xff", "\x7f",
	}
	for i := 0; i < len(pairs); i += 2 {
		fmt.Printf("%q %s %q\n", pairs[i], less(pairs[i], pairs[i+1]), pairs[i+1])
	}
	words := []string{"pear", "apple", "fig", "banana", "cherry", "apricot"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	fmt.Println(words)
	x := "go"
	y := "g"
	y += "o"
	fmt.Println(x == y, x <= y, x >= y)
}
