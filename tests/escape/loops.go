// errorcheck -0 -m -l

// Loop depth: a location declared outside a loop that keeps the address of something
// declared inside it would see it overwritten, so that something moves to the heap.
package escape

type N struct{ next *N }

func outer() *int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	_ = p
	return nil
}

func sameDepth() int {
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		_ = p
	}
	return 0
}

func list(n int) *N {
	var head *N
	for i := 0; i < n; i++ {
		head = &N{next: head} // ERROR "&N\{\.\.\.\} escapes to heap$"
	}
	return head
}

func listLocal(n int) int {
	var head *N
	c := 0
	for i := 0; i < n; i++ {
		head = &N{next: head} // ERROR "&N\{\.\.\.\} escapes to heap$"
		c++
	}
	return c
}

func rangeAddr(xs []int) int { // ERROR "xs does not escape$"
	var p *int
	for _, v := range xs {
		p = &v
	}
	if p != nil {
		return *p
	}
	return 0
}
