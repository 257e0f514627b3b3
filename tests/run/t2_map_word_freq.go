package main

import (
	"fmt"
	"strings"
)

const text = `the quick brown fox jumps over the lazy dog the fox
barks and the dog sleeps while the quick cat watches the fox`

type wc struct {
	word  string
	count int
}

func before(a, b wc) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func main() {
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && before(list[j], list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	for _, e := range list[:6] {
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(len(freq), "distinct words")
	fmt.Println(freq)
}
