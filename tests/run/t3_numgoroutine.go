package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	var started, release sync.WaitGroup
	stop := make(chan struct{})
	started.Add(5)
	release.Add(5)
	for i := 0; i < 5; i++ {
		go func() {
			defer release.Done()
			started.Done()
			<-stop
		}()
	}
	started.Wait()
	fmt.Println("running:", runtime.NumGoroutine())
	close(stop)
	release.Wait()
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println("after:", runtime.NumGoroutine())
	runtime.GC()
	fmt.Println(runtime.GOMAXPROCS(0) >= 1)
}
