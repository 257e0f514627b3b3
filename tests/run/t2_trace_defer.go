// Tracebacks: a panic in a deferred closure while another panic unwinds, and a deferred
// method call; Go prints the deferred function, the panic(...) frame and the function
// whose defer ran.
package main

import (
	"errors"
	"fmt"
)

type closer struct{ name string }

func (c *closer) Close() {
	fmt.Println("closing", c.name)
	var m map[string]int
	m[c.name] = 1
}

func work(n int) (err error) {
	c := &closer{"db"}
	defer c.Close()
	defer func() {
		if n > 2 {
			panic(fmt.Sprintf("deferred panic %d", n))
		}
	}()
	if n > 1 {
		return errors.New("too big")
	}
	return nil
}

func main() {
	fmt.Println(work(3))
}
