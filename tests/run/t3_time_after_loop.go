// time.After in a loop: a heartbeat that times out workers that are too slow.
package main

import (
	"fmt"
	"time"
)

func worker(id int, d time.Duration, out chan<- int) {
	time.Sleep(d)
	out <- id
}

func main() {
	out := make(chan int)
	delays := []time.Duration{5, 200, 10, 300, 1}
	for i, d := range delays {
		go worker(i, d*time.Millisecond, out)
	}
	got := map[int]bool{}
	timeouts := 0
	for len(got)+timeouts < len(delays) && timeouts < 3 {
		select {
		case id := <-out:
			got[id] = true
		case <-time.After(100 * time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("fast workers:", got[0], got[2], got[4], "slow:", got[1], got[3])
	fmt.Println("timeouts > 0:", timeouts > 0)
}
