// pipeline: a generator, a chain of filter stages and a collector, one goroutine each,
// joined by small buffered channels; a fan-out/fan-in stage with a sync.WaitGroup
// (scheduler, channel buffers, many goroutines).
// bench: args=1000000 small=500
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

func generate(n int, out chan<- int) {
	for i := 1; i <= n; i++ {
		out <- i
	}
	close(out)
}

func stage(k int, in <-chan int, out chan<- int) {
	for v := range in {
		out <- v*3 + k
	}
	close(out)
}

func square(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	for v := range in {
		out <- (v % 1000) * (v % 1000)
	}
	wg.Done()
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const stages = 8
	const workers = 4
	first := make(chan int, 16)
	go generate(n, first)
	in := first
	for k := 0; k < stages; k++ {
		out := make(chan int, 16)
		go stage(k, in, out)
		in = out
	}
	results := make(chan int, 16)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go square(in, results, &wg)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum, count := 0, 0
	for v := range results {
		sum += v
		count++
	}
	fmt.Println("values", count, "sum", sum)
}
