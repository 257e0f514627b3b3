package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *Store) Get(k int) (int, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store) Put(k, v int) {
	s.mu.Lock()
	s.data[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				s.Put(w*250+i, i)
			}
		}(w)
	}
	hits := make([]int, 4)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if _, ok := s.Get(i); ok {
					hits[r]++
				}
			}
		}(r)
	}
	wg.Wait()
	fmt.Println(len(s.data))
	sum := 0
	for k := 0; k < 1000; k++ {
		v, _ := s.Get(k)
		sum += v
	}
	fmt.Println(sum)
	ok := true
	for _, h := range hits {
		ok = ok && h >= 0 && h <= 1000
	}
	fmt.Println(ok)
}
