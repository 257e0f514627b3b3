// A panic in a goroutine other than main ends the whole program: Go prints the panic and
// the goroutine that raised it (the first goroutine a program starts is number 5 in Go
// 1.19's tracebacks), and exits with status 2; main's deferred calls do not run.
package main

import "fmt"

type job struct {
	id    int
	items []int
}

func (j *job) run(done chan<- int) {
	total := 0
	for i := 0; i <= len(j.items); i++ {
		total += j.items[i] // one past the end: index out of range
	}
	done <- total
}

func main() {
	defer fmt.Println("deferred in main: never printed")
	fmt.Println("starting")
	done := make(chan int)
	j := &job{id: 7, items: []int{1, 2, 3}}
	go j.run(done)
	fmt.Println(<-done)
}
