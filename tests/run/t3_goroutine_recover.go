package main

import (
	"fmt"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprint("recovered: ", r)
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make(chan string, 10)
	safeGo(&wg, errs, func() { panic("boom") })
	safeGo(&wg, errs, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, func() {})
	wg.Wait()
	close(errs)
	var msgs []string
	for e := range errs {
		msgs = append(msgs, e)
	}
	if len(msgs) == 2 && msgs[0] > msgs[1] {
		msgs[0], msgs[1] = msgs[1], msgs[0]
	}
	for _, m := range msgs {
		fmt.Println(m)
	}
}
