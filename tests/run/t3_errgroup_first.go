package main

import (
	"errors"
	"fmt"
	"sync"
)

func task(i int) error {
	if i == 3 {
		return errors.New("task 3 failed")
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	errc := make(chan error, 1)
	var mu sync.Mutex
	completed := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := task(i); err != nil {
				select {
				case errc <- err:
				default:
				}
				return
			}
			mu.Lock()
			completed++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	close(errc)
	fmt.Println("first error:", <-errc)
	fmt.Println("completed:", completed)
	_, ok := <-errc
	fmt.Println(ok)
}
