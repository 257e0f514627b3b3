package main

import "fmt"

func fib(c chan<- int, quit <-chan struct{}) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("fib: quit")
			close(c)
			return
		}
	}
}

func main() {
	c := make(chan int)
	quit := make(chan struct{})
	go fib(c, quit)
	for i := 0; i < 15; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	quit <- struct{}{}
	_, ok := <-c
	fmt.Println("channel open:", ok)
}
