// runtime.Goexit ends the calling goroutine after running its deferred calls; recover
// returns nil during Goexit; other goroutines go on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func step(log *[]string, s string) { *log = append(*log, s) }

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { step(&log, fmt.Sprint("recover during Goexit: ", recover())) }()
		defer step(&log, "deferred 1")
		func() {
			defer step(&log, "inner deferred")
			runtime.Goexit()
			step(&log, "never")
		}()
		step(&log, "never either")
	}()
	wg.Wait()
	for _, s := range log {
		fmt.Println(s)
	}
	fmt.Println("goroutines after Goexit:", runtime.NumGoroutine())
}
