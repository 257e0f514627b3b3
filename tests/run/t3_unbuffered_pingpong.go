package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		ball, ok := <-in
		if !ok {
			done <- name + " done"
			return
		}
		if ball >= 10 {
			close(out)
			done <- name + " ends the game at " + fmt.Sprint(ball)
			return
		}
		fmt.Println(name, "hits", ball)
		out <- ball + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	first := <-done
	second := <-done
	if first > second { // the two players finish concurrently
		first, second = second, first
	}
	fmt.Println(first)
	fmt.Println(second)
}
