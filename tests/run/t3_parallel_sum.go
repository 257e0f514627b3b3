package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	data := make([]int64, n)
	for i := range data {
		data[i] = int64(i % 1000)
	}
	const parts = 8
	sums := make([]int64, parts)
	var wg sync.WaitGroup
	chunk := (n + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*chunk, (p+1)*chunk
		if hi > n {
			hi = n
		}
		wg.Add(1)
		go func(p int, s []int64) {
			defer wg.Done()
			for _, v := range s {
				sums[p] += v
			}
		}(p, data[lo:hi])
	}
	wg.Wait()
	var total int64
	for _, s := range sums {
		total += s
	}
	fmt.Println(sums)
	fmt.Println(total)
	res := make(chan int64)
	for p := 0; p < parts; p++ {
		go func(p int) {
			var s int64
			for i := p; i < n; i += parts {
				s += data[i]
			}
			res <- s
		}(p)
	}
	var total2 int64
	for p := 0; p < parts; p++ {
		total2 += <-res
	}
	fmt.Println(total2 == total)
}
