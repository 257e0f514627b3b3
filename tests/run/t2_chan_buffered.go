package main

import "fmt"

func main() {
	c := make(chan int, 3)
	fmt.Println(len(c), cap(c))
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- 3
	c <- 4
	fmt.Println(len(c))
	fmt.Println(<-c, <-c, <-c)
	fmt.Println(len(c))
	s := make(chan string, 2)
	s <- "hello"
	s <- "world"
	a, b := <-s, <-s
	fmt.Println(a, b)
	type msg struct {
		id   int
		body string
	}
	m := make(chan msg, 1)
	m <- msg{1, "one"}
	got := <-m
	fmt.Printf("%+v\n", got)
	var unbuf = make(chan bool)
	fmt.Println(len(unbuf), cap(unbuf))
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc), nilc == nil)
}
