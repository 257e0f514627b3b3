package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, wörld! ß"), strings.ToLower("HELLO ÀÉÎ"))
	fmt.Println(strings.Title("hello world"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Printf("%q\n", strings.TrimSpace("  \t padded text \n  "))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("  !!hi!! ", " !"))
	fmt.Printf("%q\n", strings.TrimLeft("aabcaa", "a"))
	fmt.Printf("%q\n", strings.TrimRight("aabcaa", "a"))
	fmt.Printf("%q\n", strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimPrefix("body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "abxaxa"))
	fmt.Println(strings.ToUpper(""), strings.ToLower("MiXeD 123"))
}
