package main

import "fmt"

func fill(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func drain(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func main() {
	c := make(chan int, 10)
	fill(c, 10)
	fmt.Println(drain(c))
	var send chan<- string
	var recv <-chan string
	bi := make(chan string, 1)
	send = bi
	recv = bi
	send <- "through"
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T\n", send, recv, bi)
	fmt.Println(cap(send), len(recv))
}
