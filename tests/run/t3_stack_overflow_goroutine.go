// Unbounded recursion in a goroutine: Go's stack overflow fatal error, exit status 2.
package main

import "fmt"

// each frame is 1 MB but touches one page of it: the overflow comes quickly
func f(n int) int {
	var pad [1 << 20]byte
	pad[n%64] = byte(n)
	return f(n+1) + int(pad[3])
}

func main() {
	done := make(chan int)
	go func() { done <- f(0) }()
	fmt.Println(<-done)
}
