package main

import (
	"fmt"
	"sync"
)

// Pitfall 2: Memory Leaks, made terminating: the seed's goroutines sleep for
// an hour; here they are waited for with a WaitGroup instead, keeping the
// shape of the capture (the whole buffer versus just its length).

var wg sync.WaitGroup

// ❌ Potential leak: Goroutine holds reference
func potentialLeak() {
	data := make([]byte, 1024*1024) // 1MB allocation

	wg.Add(1)
	go func() {
		defer wg.Done()
		// This goroutine keeps data alive even if not needed
		fmt.Println(len(data))
	}()
}

// ✅ Better: Don't capture unnecessary data
func betterApproach() {
	data := make([]byte, 1024*1024)
	dataLen := len(data) // Just capture what we need

	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println(dataLen) // data can be garbage collected
	}()
}

func main() {
	potentialLeak()
	wg.Wait()
	betterApproach()
	wg.Wait()
	fmt.Println("done")
}
