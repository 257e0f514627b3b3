// sync.Cond: a bounded queue with Wait, Signal and Broadcast.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(3)
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				sums[w] += v
			}
		}(w)
	}
	for i := 1; i <= 1000; i++ {
		q.put(i)
	}
	q.close()
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("total", total)

	// Broadcast wakes every waiter
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	var done sync.WaitGroup
	woken := 0
	for i := 0; i < 10; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("woken", woken)
}
