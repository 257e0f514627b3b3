// main calling runtime.Goexit: the other goroutines finish, then Go reports that no
// goroutine is left (exit status 2).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker done")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
}
