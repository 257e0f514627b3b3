package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if n%2 == 1 {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	for v := range filterOdd(sq(gen(1, 2, 3, 4, 5, 6, 7))) {
		fmt.Println(v)
	}
	sum := 0
	for v := range sq(sq(gen(1, 2, 3))) {
		sum += v
	}
	fmt.Println("sum of fourth powers:", sum)
}
