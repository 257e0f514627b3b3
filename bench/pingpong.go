// pingpong: two goroutines bounce a counter over two unbuffered channels (channel hand-off
// and the context switch).
// bench: args=2000000 small=1000
package main

import (
	"fmt"
	"os"
	"strconv"
)

func player(in <-chan int, out chan<- int, done chan<- int) {
	hits := 0
	for v := range in {
		hits++
		out <- v + 1
	}
	close(out)
	done <- hits
}

func main() {
	n := 2000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan int)
	go player(ping, pong, done)
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	for range pong {
	}
	fmt.Println("final value", v, "hits", <-done)
}
