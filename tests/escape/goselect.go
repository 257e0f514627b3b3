// errorcheck -0 -m -l

// go statements and select: a go statement's call is wrapped in a closure that escapes,
// so what it captures escapes; a call through a variable holding a method value stays an
// indirect call (gc's StaticValue does not resolve it). select moves nothing to the heap
// by itself.
package escape

import "sync"

type T struct{ x int }

func (t *T) run(c chan int) { c <- t.x } // ERROR "t does not escape$" "c does not escape$"

func (t T) val(c chan int) { c <- t.x } // ERROR "c does not escape$"

var sink func(chan int)

func viaVar(c chan int) { // ERROR "leaking param: c$"
	t := &T{5} // ERROR "&T{...} escapes to heap$"
	f := t.run // ERROR "t.run escapes to heap$"
	go f(c)
}

func direct(c chan int) { // ERROR "leaking param: c$"
	t := &T{5} // ERROR "&T{...} escapes to heap$"
	go t.run(c)
}

func byValue(c chan int) { // ERROR "leaking param: c$"
	v := T{6}
	go v.val(c)
}

func literal(c chan int) { // ERROR "leaking param: c$"
	x := 8 // ERROR "moved to heap: x$"
	go func() { c <- x }() // ERROR "func literal escapes to heap$"
	x = 9
}

func literalArgs(c chan int) { // ERROR "leaking param: c$"
	go func(n int) { c <- n }(7) // ERROR "func literal escapes to heap$"
}

func waitGroup(n int) {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { wg.Done() }() // ERROR "func literal escapes to heap$"
	}
	wg.Wait()
}

func selectLocal(a, b chan *int) int { // ERROR "a does not escape$" "b does not escape$"
	y := 1 // ERROR "moved to heap: y$"
	select {
	case p := <-a:
		return *p
	case b <- &y:
		return 0
	default:
		return -1
	}
}

func selectIface(c chan interface{}, d chan int) { // ERROR "c does not escape$" "d does not escape$"
	z := 3
	select {
	case c <- z: // ERROR "z escapes to heap$"
	case v, ok := <-d:
		_, _ = v, ok
	}
}
