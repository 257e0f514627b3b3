package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting")
	}
	ready := make(chan string, 1)
	ready <- "value"
	select {
	case v := <-ready:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("unexpected timeout")
	}
	result := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		result <- 42
	}()
	select {
	case v := <-result:
		fmt.Println("worker answered", v)
	case <-time.After(2 * time.Second):
		fmt.Println("worker too slow")
	}
}
