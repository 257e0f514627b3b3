// goroutines: n goroutines alive at once, all blocked on one channel, then released together
// (issue 9's measure: 100,000 of them in under 2 s and 1 GB of peak RSS). Each goroutine
// costs a stack and a scheduler record; the collector runs while they are parked and scans
// every one of their stacks.
// bench: args=100000 small=1000
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
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
	fmt.Println("goroutines alive:", runtime.NumGoroutine()-1)
	close(start)
	done.Wait()
	fmt.Println("sum", sum, "want", n*(n-1)/2)
}
