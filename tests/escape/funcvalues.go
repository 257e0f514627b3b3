// errorcheck -0 -m -l

// Calls through func values: a value whose only definition is known is called directly;
// otherwise arguments leak to the heap.
package escape

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func viaVar() int {
	f := id
	x := 1
	return *f(&x)
}

func viaParam(f func(*int) *int) int { // ERROR "f does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	return *f(&y)
}

func viaReassigned(b bool) int {
	f := id
	if b {
		f = func(p *int) *int { return nil } // ERROR "p does not escape$" "func literal does not escape$"
	}
	z := 3 // ERROR "moved to heap: z$"
	return *f(&z)
}

func apply(fs []func(int) int, v int) int { // ERROR "fs does not escape$"
	for _, f := range fs {
		v = f(v)
	}
	return v
}
