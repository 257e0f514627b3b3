// select in all its forms: send and receive cases, v, ok := from a closed channel, nil
// channels that never proceed, default, break out of a select, labeled continue.
package main

import "fmt"

func main() {
	var nilc chan int
	c := make(chan int, 1)
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case nilc <- 1:
		fmt.Println("impossible send")
	case c <- 42:
		fmt.Println("sent 42")
	}
	select {
	case v, ok := <-c:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing")
	}
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default: empty channel")
	}
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed:", v, ok)
	}
	var x interface{}
	d := make(chan string, 1)
	d <- "hello"
	select {
	case x = <-d:
		fmt.Println("into an interface:", x)
	}
	out := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			out <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-out:
			if v%2 == 1 {
				continue loop
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("even sum", sum)
	for i := 0; i < 3; i++ {
		select {
		case <-nilc:
		default:
			if i == 1 {
				break
			}
			fmt.Println("default", i)
		}
	}
	// sends and receives in one select, many times: each case is chosen
	a, b := make(chan int, 100), make(chan int, 100)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case a <- i:
			na++
		case b <- i:
			nb++
		}
		select {
		case <-a:
		case <-b:
		}
	}
	fmt.Println("both chosen:", na > 100, nb > 100, na+nb)
}
