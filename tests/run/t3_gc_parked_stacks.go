// Goroutines whose only references to their heap data are on their own stacks park on
// channels while the collector runs (their stacks are scanned while the program runs, each
// before its goroutine runs again); lists are handed from goroutine to goroutine around a
// ring of unbuffered channels and checked after many collections.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	val  int
	next *node
	pad  [4]int
}

func build(n, base int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{val: base + i, next: head}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

// garbage, some of it kept for a while: each caller has its own (churn runs in every
// goroutine at once; a shared slice would be a data race)
func churn(k int) {
	var keep []*[64]byte
	for i := 0; i < k; i++ {
		b := new([64]byte)
		b[0] = byte(i)
		if i%100 == 0 {
			keep = append(keep, b)
			if len(keep) > 500 {
				keep = keep[:0]
			}
		}
	}
	if len(keep) > 0 && keep[0][0] != 0 {
		panic("churn")
	}
}

func main() {
	const workers = 200
	const rounds = 20
	chans := make([]chan *node, workers)
	for i := range chans {
		chans[i] = make(chan *node)
	}
	var wg sync.WaitGroup
	results := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			mine := build(50, w*1000) // only on this stack
			want := sum(mine)
			in, out := chans[w], chans[(w+1)%workers]
			for r := 0; r < rounds; r++ {
				if w == 0 {
					out <- mine
					mine = <-in
				} else {
					got := <-in
					out <- mine
					mine = got
				}
				runtime.Gosched()
			}
			churn(2000)
			results[w] = sum(mine) - want
		}(w)
	}
	for i := 0; i < 50; i++ {
		churn(5000)
		runtime.GC()
	}
	wg.Wait()
	total := 0
	for _, d := range results {
		total += d
	}
	// each list moved 20 places around the ring: the differences cancel out in total
	fmt.Println("workers:", workers, "rounds:", rounds)
	fmt.Println("sum of differences:", total)
	fmt.Println("worker 0 difference:", results[0])
}
