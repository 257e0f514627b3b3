package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Uint32(), r.Float64(), r.Int31n(10))
	fmt.Println(r.Perm(8))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s, r.NormFloat64(), r.ExpFloat64())
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float32())
	hist := make([]int, 5)
	for i := 0; i < 1000; i++ {
		hist[r.Intn(5)]++
	}
	fmt.Println(hist)
	z := rand.NewZipf(r, 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
}
