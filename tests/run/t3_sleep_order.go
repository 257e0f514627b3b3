package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	delays := []int{3, 1, 2}
	for i, d := range delays {
		go func(i, d int) {
			time.Sleep(time.Duration(d) * 60 * time.Millisecond)
			out <- fmt.Sprintf("task %d (%dx60ms)", i, d)
		}(i, d)
	}
	for range delays {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(10 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 10*time.Millisecond, elapsed < 5*time.Second)
}
