// With one P, a goroutine in a loop without function calls must still be preempted so that
// another goroutine runs (Go preempts after 10 ms; gosub polls on loop back-edges).
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	runtime.GOMAXPROCS(1)
	var flag int32
	go func() {
		fmt.Println("the other goroutine ran")
		atomic.StoreInt32(&flag, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&flag) == 0 {
		spins++
	}
	fmt.Println("busy loop preempted:", spins > 0)

	// a tight loop with no calls at all, racing with a goroutine that sleeps
	done := make(chan bool)
	go func() {
		fmt.Println("second goroutine ran")
		done <- true
	}()
	x := 0
	for i := 0; i < 300000000; i++ {
		x += i & 3
	}
	<-done
	fmt.Println("x", x)
}
