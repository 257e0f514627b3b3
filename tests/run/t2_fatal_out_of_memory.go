// A request the machine cannot back (1 TiB per slice) is a fatal error, not a panic:
// deferred calls do not run, recover cannot stop it, and the exit status is 2.
package main

import "fmt"

func grab(n int) [][]byte {
	var keep [][]byte
	for i := 0; i < n; i++ {
		keep = append(keep, make([]byte, 1<<40))
		fmt.Println("got", i) // never printed
	}
	return keep
}

func main() {
	defer fmt.Println("deferred: never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered: never printed", r)
		}
	}()
	fmt.Println("before")
	keep := grab(1000)
	fmt.Println(len(keep))
}
