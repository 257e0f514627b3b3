package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Word frequencies of stdin (t4_bufio_words.in), most frequent first.
func main() {
	counts := map[string]int{}
	lines := 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(strings.ToLower(sc.Text())) {
			w = strings.Trim(w, ".,;:!?\"'()")
			if w != "" {
				counts[w]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	type wc struct {
		w string
		n int
	}
	var all []wc
	for w, n := range counts {
		all = append(all, wc{w, n})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].n != all[j].n {
			return all[i].n > all[j].n
		}
		return all[i].w < all[j].w
	})
	fmt.Println("lines:", lines, "distinct words:", len(all))
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i, e := range all {
		if i == 10 {
			break
		}
		fmt.Fprintf(out, "%-8s %d\n", e.w, e.n)
	}
	words := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
	}
	fmt.Fprintln(out, "words in the literal:", n)
	rd := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		line, err := rd.ReadString('\n')
		fmt.Fprintf(out, "%q %v\n", line, err)
		if err != nil {
			break
		}
	}
}
