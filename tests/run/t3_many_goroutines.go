// Ten thousand goroutines blocked on one channel at once, then released together.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 10000
	start := make(chan struct{})
	var ready, done sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			defer done.Done()
			ready.Done()
			<-start
			mu.Lock()
			sum += i
			mu.Unlock()
		}(i)
	}
	ready.Wait()
	fmt.Println("alive:", runtime.NumGoroutine() == n+1)
	close(start)
	done.Wait()
	fmt.Println("sum", sum, "want", n*(n-1)/2)
}
