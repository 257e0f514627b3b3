// Unbounded recursion grows the goroutine stack past Go's 1 GB limit: a fatal error
// ("stack overflow"), which deferred calls and recover cannot stop; exit status 2.
package main

import "fmt"

type node struct {
	next *node
	pad  [48]byte
}

func depth(n *node, d int) int {
	var local node
	local.next = n
	local.pad[d%48] = byte(d)
	return depth(&local, d+1) + int(local.pad[0])
}

func main() {
	defer fmt.Println("deferred: never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered: never printed", r)
		}
	}()
	fmt.Println("before")
	fmt.Println(depth(nil, 0))
}
