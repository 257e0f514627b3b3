// A deadlock with several goroutines: Go prints every blocked goroutine with its status
// (chan send, chan receive, select, semacquire, sync.Cond.Wait, nil channels) and where it
// was created.
package main

import (
	"fmt"
	"sync"
)

func sender(c chan int) { c <- 1 }

func receiver(c chan string) { fmt.Println(<-c) }

func selector(a, b chan int) {
	select {
	case <-a:
	case b <- 2:
	}
}

func waiter(wg *sync.WaitGroup) { wg.Wait() }

func condWaiter(c *sync.Cond) {
	c.L.Lock()
	c.Wait()
	c.L.Unlock()
}

func nilRecv() {
	var c chan int
	<-c
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	go sender(make(chan int))
	go receiver(make(chan string))
	go selector(make(chan int), make(chan int))
	go waiter(&wg)
	go condWaiter(cond)
	go nilRecv()
	done := make(chan bool)
	<-done
}
