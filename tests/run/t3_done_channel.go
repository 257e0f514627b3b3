package main

import (
	"fmt"
	"sync"
)

func counter(id int, done <-chan struct{}, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-done:
			return
		case out <- id:
		}
	}
}

func main() {
	done := make(chan struct{})
	out := make(chan int)
	var wg sync.WaitGroup
	for id := 0; id < 3; id++ {
		wg.Add(1)
		go counter(id, done, out, &wg)
	}
	seen := 0
	for v := range out {
		if v >= 0 && v < 3 {
			seen++
		}
		if seen == 100 {
			break
		}
	}
	close(done)
	wg.Wait()
	fmt.Println("received", seen, "values; all workers stopped")
}
