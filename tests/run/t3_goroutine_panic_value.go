// An explicit panic with an error value inside a goroutine started from a closure.
package main

import (
	"errors"
	"fmt"
)

func main() {
	results := make(chan string)
	go func() {
		defer fmt.Println("deferred in the goroutine: runs before the crash")
		panic(errors.New("worker: disk full"))
	}()
	fmt.Println(<-results)
}
