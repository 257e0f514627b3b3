package main

import (
	"fmt"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id    int
	steps int
}

func collatz(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, collatz(j.n)}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 30; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	steps := make([]int, 30)
	count := 0
	for r := range results {
		steps[r.id] = r.steps
		count++
	}
	fmt.Println(count, steps)
}
