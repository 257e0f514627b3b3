package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i * i
}

func main() {
	const n = 20
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go square(i, results, &wg)
	}
	wg.Wait()
	fmt.Println(results)
	var wg2 sync.WaitGroup
	words := []string{"alpha", "beta", "gamma"}
	lens := make([]int, len(words))
	wg2.Add(len(words))
	for i, w := range words {
		go func(i int, w string) {
			defer wg2.Done()
			lens[i] = len(w)
		}(i, w)
	}
	wg2.Wait()
	fmt.Println(lens)
}
