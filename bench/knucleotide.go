// knucleotide: the benchmarks game's k-nucleotide on a sequence generated in the program
// (fasta's weighted random generator): counts every 1-, 2-, 3-, 4-, 6-, 12- and 18-mer in a
// map[string]int and prints the frequencies and the counts of five fixed sequences (map
// hashing and probing, string slicing).
// bench: args=2500000 small=2000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random() float64 {
	last = (last*ia + ic) % im
	return float64(last) / im
}

func sequence(n int) string {
	acids := []byte{'A', 'C', 'G', 'T'}
	probs := []float64{0.3029549426680, 0.1979883004921, 0.1975473066391, 0.3015094502008}
	cum := make([]float64, len(probs))
	p := 0.0
	for i, q := range probs {
		p += q
		cum[i] = p
	}
	b := make([]byte, n)
	for i := range b {
		r := random()
		c := acids[len(acids)-1]
		for j, q := range cum {
			if r < q {
				c = acids[j]
				break
			}
		}
		b[i] = c
	}
	return string(b)
}

func count(seq string, k int) map[string]int {
	m := make(map[string]int)
	for i := 0; i+k <= len(seq); i++ {
		m[seq[i:i+k]]++
	}
	return m
}

type kv struct {
	key   string
	count int
}

// sortKV orders by descending count, then ascending key (insertion sort: few keys).
func sortKV(a []kv) {
	for i := 1; i < len(a); i++ {
		x := a[i]
		j := i
		for j > 0 && (a[j-1].count < x.count || a[j-1].count == x.count && a[j-1].key > x.key) {
			a[j] = a[j-1]
			j--
		}
		a[j] = x
	}
}

func frequencies(seq string, k int) {
	m := count(seq, k)
	var a []kv
	total := 0
	for key, c := range m {
		a = append(a, kv{key, c})
		total += c
	}
	sortKV(a)
	for _, e := range a {
		fmt.Printf("%s %.3f\n", e.key, 100*float64(e.count)/float64(total))
	}
	fmt.Println()
}

func main() {
	n := 2500000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seq := sequence(n)
	frequencies(seq, 1)
	frequencies(seq, 2)
	for _, s := range []string{"GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"} {
		m := count(seq, len(s))
		fmt.Printf("%d\t%s\t(%d distinct)\n", m[s], s, len(m))
	}
}
