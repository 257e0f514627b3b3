// time.NewTimer, Stop, Reset, AfterFunc, NewTicker, Tick: timers owned by the scheduler.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// a timer that fires
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	fmt.Println("stop after firing:", t.Stop())

	// a timer stopped before it fires
	t2 := time.NewTimer(time.Hour)
	fmt.Println("stop before firing:", t2.Stop())
	fmt.Println("stop again:", t2.Stop())

	// reset re-arms it
	fmt.Println("reset a stopped timer:", t2.Reset(10*time.Millisecond))
	<-t2.C
	fmt.Println("reset timer fired")

	// AfterFunc runs f in its own goroutine
	var wg sync.WaitGroup
	wg.Add(1)
	time.AfterFunc(5*time.Millisecond, func() {
		fmt.Println("AfterFunc ran")
		wg.Done()
	})
	wg.Wait()
	af := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("AfterFunc stopped:", af.Stop())

	// a ticker ticks until stopped
	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	tk.Stop()
	fmt.Println("ticker reset and ticked")

	// time.Tick
	c := time.Tick(3 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick channel ticked twice")
	fmt.Println("nil tick for d <= 0:", time.Tick(0) == nil)

	// timers in a select with a deadline
	deadline := time.After(50 * time.Millisecond)
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	count := 0
loop:
	for {
		select {
		case <-tick.C:
			count++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticked before the deadline:", count > 5)

	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}
