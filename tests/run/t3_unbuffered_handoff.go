package main

import "fmt"

func main() {
	c := make(chan int)
	ack := make(chan bool)
	go func() {
		for v := range c {
			fmt.Println("worker got", v)
			ack <- true
		}
		fmt.Println("worker: channel closed")
		ack <- true
	}()
	for i := 1; i <= 3; i++ {
		fmt.Println("main sends", i)
		c <- i
		<-ack
	}
	close(c)
	<-ack
	fmt.Println("main done")
}
