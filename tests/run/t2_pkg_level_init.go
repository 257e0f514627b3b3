package main

import (
	"fmt"
	"strings"
)

var registry = map[string]func(int) int{
	"double": func(x int) int { return x * 2 },
	"square": square,
}

var names = sortedKeys(registry)

var greeting = strings.Repeat("hi ", count)

var count = len(registry) + 1

var transform = func(s string) string { return strings.ToUpper(s) }

func square(x int) int { return x * x }

func sortedKeys(m map[string]func(int) int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}

func init() {
	registry["negate"] = func(x int) int { return -x }
	names = sortedKeys(registry)
}

func main() {
	fmt.Println(names, count)
	fmt.Printf("%q\n", greeting)
	for _, n := range names {
		fmt.Println(n, registry[n](7))
	}
	fmt.Println(transform("done"))
	transform = strings.ToLower
	fmt.Println(transform("DONE"))
}
