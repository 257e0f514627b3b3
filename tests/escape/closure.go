// errorcheck -0 -m -l

// Closures: small variables never reassigned are captured by value; others by reference,
// and then they escape with the closure.
package escape

var sinkf func() int

func byValue() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func byRefReassigned() func() int {
	x := 1 // ERROR "moved to heap: x$"
	f := func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
	return f
}

func byValueEscapes() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func calledDirectly() int {
	y := 2
	return func() int { return y * 2 }() // ERROR "func literal does not escape$"
}

func counter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func stored() {
	k := 7
	sinkf = func() int { return k } // ERROR "func literal escapes to heap$"
}

func nested() int {
	a := 1
	f := func() int { // ERROR "func literal does not escape$"
		g := func() int { return a } // ERROR "func literal does not escape$"
		return g()
	}
	return f()
}

func addrTaken() *int {
	v := 0 // ERROR "moved to heap: v$"
	f := func() *int { return &v } // ERROR "func literal does not escape$"
	return f()
}

func paramClosure(fn func(int) int) int { return fn(3) } // ERROR "fn does not escape$"

func passClosure() int {
	m := 2
	return paramClosure(func(i int) int { return i * m }) // ERROR "func literal does not escape$"
}
