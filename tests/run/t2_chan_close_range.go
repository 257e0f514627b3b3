package main

import "fmt"

func main() {
	c := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		c <- i * i
	}
	close(c)
	fmt.Println(len(c))
	v, ok := <-c
	fmt.Println(v, ok)
	sum := 0
	for x := range c {
		sum += x
	}
	fmt.Println(sum)
	v, ok = <-c
	fmt.Println(v, ok)
	fmt.Println(<-c, len(c))
	d := make(chan string, 2)
	d <- "x"
	close(d)
	for i := 0; i < 3; i++ {
		s, ok := <-d
		fmt.Printf("%q %v\n", s, ok)
	}
	e := make(chan []int, 1)
	close(e)
	sl, ok := <-e
	fmt.Println(sl == nil, ok)
}
