// strbuild: builds strings in the common ways — strings.Builder with WriteString/WriteByte,
// strconv.Itoa and AppendInt, + concatenation, []byte appends converted to string — and
// checks the results by length and hash (string allocation and copying).
// bench: args=3000000 small=2000
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("item")
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	s1 := b.String()

	var buf []byte
	total := 0
	for i := 0; i < n; i++ {
		buf = buf[:0]
		buf = append(buf, "key="...)
		buf = strconv.AppendInt(buf, int64(i*7), 10)
		buf = append(buf, ';')
		total += len(string(buf))
	}

	parts := 0
	var h uint64
	for i := 0; i < n/4; i++ {
		s := "a" + strconv.Itoa(i) + "-" + strconv.Itoa(n-i) + "/z"
		parts += len(s)
		if i%1000 == 0 {
			h ^= hash(s)
		}
	}

	joined := strings.Join(strings.Split(s1[:len(s1)/8], ","), "|")
	fmt.Printf("builder %d bytes %016x\n", len(s1), hash(s1))
	fmt.Printf("appends %d bytes\n", total)
	fmt.Printf("concat %d bytes %016x\n", parts, h)
	fmt.Printf("join %d bytes %016x\n", len(joined), hash(joined))
}
