// fasta: the benchmarks game's fasta (repeated and weighted-random DNA sequences, lines of 60),
// written into a byte buffer that is hashed instead of printed (byte loops, floats, append).
// bench: args=10000000 small=1000
package main

import (
	"fmt"
	"os"
	"strconv"
)

const lineWidth = 60

const (
	im = 139968
	ia = 3877
	ic = 29573
)

var last = 42

func random(max float64) float64 {
	last = (last*ia + ic) % im
	return max * float64(last) / im
}

type Acid struct {
	c byte
	p float64
}

const alu = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG" +
	"GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA" +
	"CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT" +
	"ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA" +
	"GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG" +
	"AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC" +
	"AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

// Output collects the text; flush folds it into the hash and reuses the buffer.
type Output struct {
	buf   []byte
	hash  uint64
	total int
}

func (o *Output) flush() {
	h := o.hash
	for _, b := range o.buf {
		h = (h ^ uint64(b)) * 1099511628211
	}
	o.hash = h
	o.total += len(o.buf)
	o.buf = o.buf[:0]
}

func (o *Output) writeString(s string) {
	o.buf = append(o.buf, s...)
	if len(o.buf) >= 1<<16 {
		o.flush()
	}
}

func repeatFasta(o *Output, s string, n int) {
	pos := 0
	for n > 0 {
		line := lineWidth
		if n < line {
			line = n
		}
		for i := 0; i < line; i++ {
			o.buf = append(o.buf, s[pos])
			pos++
			if pos == len(s) {
				pos = 0
			}
		}
		o.buf = append(o.buf, '\n')
		if len(o.buf) >= 1<<16 {
			o.flush()
		}
		n -= line
	}
}

func randomFasta(o *Output, acids []Acid, n int) {
	cum := make([]Acid, len(acids))
	p := 0.0
	for i, a := range acids {
		p += a.p
		cum[i] = Acid{a.c, p}
	}
	for n > 0 {
		line := lineWidth
		if n < line {
			line = n
		}
		for i := 0; i < line; i++ {
			r := random(1)
			c := cum[len(cum)-1].c
			for _, a := range cum {
				if r < a.p {
					c = a.c
					break
				}
			}
			o.buf = append(o.buf, c)
		}
		o.buf = append(o.buf, '\n')
		if len(o.buf) >= 1<<16 {
			o.flush()
		}
		n -= line
	}
}

func main() {
	n := 10000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	iub := []Acid{
		{'a', 0.27}, {'c', 0.12}, {'g', 0.12}, {'t', 0.27},
		{'B', 0.02}, {'D', 0.02}, {'H', 0.02}, {'K', 0.02},
		{'M', 0.02}, {'N', 0.02}, {'R', 0.02}, {'S', 0.02},
		{'V', 0.02}, {'W', 0.02}, {'Y', 0.02},
	}
	homosapiens := []Acid{
		{'a', 0.3029549426680}, {'c', 0.1979883004921},
		{'g', 0.1975473066391}, {'t', 0.3015094502008},
	}
	o := &Output{hash: 14695981039346656037}
	o.writeString(">ONE Homo sapiens alu\n")
	repeatFasta(o, alu, 2*n)
	o.writeString(">TWO IUB ambiguity codes\n")
	randomFasta(o, iub, 3*n)
	o.writeString(">THREE Homo sapiens frequency\n")
	randomFasta(o, homosapiens, 5*n)
	o.flush()
	fmt.Printf("fasta %d: %d bytes, fnv-1a %016x\n", n, o.total, o.hash)
}
