// The panics of channel operations, recovered: close of nil, close of closed, send on closed.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var nilc chan int
	c := make(chan int, 1)
	try("close nil", func() { close(nilc) })
	close(c)
	try("close closed", func() { close(c) })
	try("send on closed", func() { c <- 1 })
	v, ok := <-c
	fmt.Println("receive from closed:", v, ok)
	// a sender blocked on a channel that gets closed panics too
	e := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("blocked sender: ", recover()) }()
		e <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	close(e)
	fmt.Println(<-res)
}
