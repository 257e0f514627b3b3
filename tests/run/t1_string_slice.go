package main

import "fmt"

func main() {
	s := "abcdefghij"
	fmt.Println(s[2:5], s[:3], s[7:], s[3:3] == "", len(s[4:9]))
	for i := 0; i <= len(s); i += 3 {
		fmt.Printf("[%s|%s] ", s[:i], s[i:])
	}
	fmt.Println()
	t := s[1:9]
	u := t[2:4]
	fmt.Println(t, u, len(t), len(u))
	word := "résumé"
	fmt.Println(len(word), word[:2], word[1:3], word[3:])
	fmt.Printf("%q %q\n", word[1:2], word[:2])
	lo, hi := 2, 6
	fmt.Println(s[lo:hi], s[lo+1:hi-1])
	path := "/usr/local/bin/go"
	last := 0
	for i := 0; i < len(path); i++ {
		if path[i] == '/' {
			last = i
		}
	}
	fmt.Println(path[:last], path[last+1:])
	var empty string
	fmt.Printf("%q %q\n", empty[:], empty[0:0])
}
