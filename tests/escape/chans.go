// errorcheck -0 -m -l

// Channels: values sent on a channel escape; channels themselves live in the heap.
package escape

func sendPtr(c chan *int) { // ERROR "c does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	c <- &x
}

func sendValue(c chan int) { // ERROR "c does not escape$"
	y := 2
	c <- y
}

func recvPtr(c chan *int) *int { // ERROR "c does not escape$"
	return <-c
}

func localChan() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func sendIface(c chan interface{}) { // ERROR "c does not escape$"
	z := 3
	c <- z // ERROR "z escapes to heap$"
}

func selectSend(c chan *int) { // ERROR "c does not escape$"
	w := 4 // ERROR "moved to heap: w$"
	select {
	case c <- &w:
	default:
	}
}
