// hash/maphash from Go's source: its two runtime hooks (memhash, fastrand64) come from
// gosub's runtime. Hash values are random per process, so only their relations are printed.
package main

import (
	"fmt"
	"hash/maphash"
	"regexp/syntax"
)

func main() {
	seed := maphash.MakeSeed()
	var h1, h2 maphash.Hash
	h1.SetSeed(seed)
	h2.SetSeed(seed)
	h1.WriteString("hello, ")
	h1.WriteString("world")
	h2.Write([]byte("hello, world"))
	fmt.Println(h1.Sum64() == h2.Sum64())
	h2.WriteByte('!')
	fmt.Println(h1.Sum64() == h2.Sum64())
	h1.Reset()
	h1.WriteString("hello, world")
	fmt.Println(h1.Sum64() == maphash.String(seed, "hello, world"))
	fmt.Println(maphash.Bytes(seed, []byte("abc")) == maphash.String(seed, "abc"))
	seen := map[uint64]bool{}
	for i := 0; i < 1000; i++ {
		seen[maphash.String(seed, fmt.Sprint(i))] = true
	}
	fmt.Println(len(seen))
	long := make([]byte, 300)
	for i := range long {
		long[i] = byte(i)
	}
	a := maphash.Bytes(seed, long)
	long[299]++
	fmt.Println(a == maphash.Bytes(seed, long), len(h1.Sum(nil)), h1.Size(), h1.BlockSize())

	re, err := syntax.Parse(`a+(b|c)*d{2,3}`, syntax.Perl)
	fmt.Println(re, err, re.MaxCap())
	prog, err := syntax.Compile(re.Simplify())
	fmt.Println(err, len(prog.Inst) > 0, prog.StartCond())
	_, err = syntax.Parse(`a(b`, syntax.Perl)
	fmt.Println(err)
}
