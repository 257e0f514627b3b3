package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("impossible")
	case v := <-nilc:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channels never ready")
	}
	done := make(chan struct{}, 1)
	done <- struct{}{}
	select {
	case <-done:
		fmt.Println("done signalled")
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed:", v, ok)
	default:
		fmt.Println("not chosen")
	}
}
