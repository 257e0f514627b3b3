package main

import (
	"fmt"
	"sync"
)

type Bank struct {
	mu       sync.Mutex
	balances []int
}

func (b *Bank) Transfer(from, to, amt int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amt {
		return false
	}
	b.balances[from] -= amt
	b.balances[to] += amt
	return true
}

func (b *Bank) Total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.balances {
		t += v
	}
	return t
}

func main() {
	b := &Bank{balances: []int{1000, 1000, 1000, 1000, 1000}}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok := 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			seed := uint32(g + 1)
			for i := 0; i < 1000; i++ {
				seed = seed*1664525 + 1013904223
				from := int(seed>>8) % 5
				to := int(seed>>16) % 5
				if b.Transfer(from, to, int(seed>>24)%50) {
					okMu.Lock()
					ok++
					okMu.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total preserved:", b.Total() == 5000, b.Total())
	fmt.Println("some transfers succeeded:", ok > 0)
}
