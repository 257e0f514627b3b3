// wordcount: generates text from a vocabulary of made-up words, splits it with
// strings.Fields and counts the words in a map[string]int; prints the most frequent (maps,
// strings, allocation).
// bench: args=4000000 small=2000
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

var seed uint32 = 12345

func next() uint32 {
	seed ^= seed << 13
	seed ^= seed >> 17
	seed ^= seed << 5
	return seed
}

func vocabulary(n int) []string {
	syl := []string{"ka", "lo", "mi", "ne", "ru", "ta", "shi", "po", "an", "el", "or", "ve"}
	words := make([]string, n)
	for i := range words {
		k := 1 + int(next()%4)
		w := ""
		for j := 0; j < k; j++ {
			w += syl[next()%uint32(len(syl))]
		}
		words[i] = w
	}
	return words
}

func text(words []string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		// a skewed choice: low indices are frequent
		r := next() % uint32(len(words))
		r = r * (next() % uint32(len(words))) / uint32(len(words))
		b.WriteString(words[r])
		if i%12 == 11 {
			b.WriteString(".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

type entry struct {
	word  string
	count int
}

func less(a, b entry) bool {
	return a.count > b.count || a.count == b.count && a.word < b.word
}

func main() {
	n := 4000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	t := text(vocabulary(5000), n)
	counts := make(map[string]int)
	for _, w := range strings.Fields(t) {
		w = strings.TrimSuffix(w, ".")
		counts[w]++
	}
	top := make([]entry, 0, 11)
	for w, c := range counts {
		e := entry{w, c}
		i := len(top)
		top = append(top, e)
		for i > 0 && less(e, top[i-1]) {
			top[i] = top[i-1]
			i--
		}
		top[i] = e
		if len(top) > 10 {
			top = top[:10]
		}
	}
	fmt.Println(len(t), "bytes,", len(counts), "distinct words")
	for _, e := range top {
		fmt.Printf("%-12s %d\n", e.word, e.count)
	}
}
