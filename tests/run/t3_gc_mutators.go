// The collector marks while goroutines keep rewiring shared structures: a linked list whose
// nodes are moved between lists, a map of slices whose slices are replaced and appended to,
// and pointers passed through channels. Every structure is checked at the end: nothing
// reachable may have been freed (a freed node would be reused and corrupt the sums).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	id    int
	next  *node
	data  []int
	label string
}

type list struct {
	mu   sync.Mutex
	head *node
	n    int
}

func (l *list) push(x *node) {
	l.mu.Lock()
	x.next = l.head
	l.head = x
	l.n++
	l.mu.Unlock()
}

func (l *list) pop() *node {
	l.mu.Lock()
	defer l.mu.Unlock()
	x := l.head
	if x != nil {
		l.head = x.next
		x.next = nil
		l.n--
	}
	return x
}

func mk(id int) *node {
	d := make([]int, 16)
	for i := range d {
		d[i] = id
	}
	return &node{id: id, data: d, label: fmt.Sprint("node-", id)}
}

func check(x *node) bool {
	if x.label != fmt.Sprint("node-", x.id) || len(x.data) != 16 {
		return false
	}
	for _, v := range x.data {
		if v != x.id {
			return false
		}
	}
	return true
}

func main() {
	const nodes = 2000
	var a, b list
	for i := 0; i < nodes; i++ {
		a.push(mk(i))
	}
	var wg sync.WaitGroup
	// movers: rewire nodes between the two lists while garbage piles up
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20000; i++ {
				src, dst := &a, &b
				if (i+w)%2 == 1 {
					src, dst = &b, &a
				}
				if x := src.pop(); x != nil {
					x.data = append(x.data[:0:0], x.data...) // a fresh copy each move
					dst.push(x)
				}
				_ = make([]byte, 256) // garbage
			}
		}(w)
	}
	// a map of slices, replaced and grown concurrently under a mutex
	var mu sync.Mutex
	m := map[int][]*node{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 20000; i++ {
			k := i % 50
			mu.Lock()
			s := m[k]
			if len(s) > 20 {
				s = nil
			}
			m[k] = append(s, mk(100000+k))
			mu.Unlock()
		}
	}()
	// pointers through a channel
	ch := make(chan *node, 8)
	done := make(chan int)
	go func() {
		sum := 0
		for x := range ch {
			if check(x) {
				sum++
			}
		}
		done <- sum
	}()
	for i := 0; i < 20000; i++ {
		ch <- mk(i % 977)
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	close(ch)
	wg.Wait()
	fmt.Println("through the channel, intact:", <-done)
	total, good := 0, 0
	for _, l := range []*list{&a, &b} {
		for x := l.head; x != nil; x = x.next {
			total++
			if check(x) {
				good++
			}
		}
	}
	fmt.Println("nodes:", total, "intact:", good, "counted:", a.n+b.n)
	okm := true
	for k, s := range m {
		for _, x := range s {
			if x.id != 100000+k || !check(x) {
				okm = false
			}
		}
	}
	fmt.Println("map of slices intact:", okm, len(m))
}
