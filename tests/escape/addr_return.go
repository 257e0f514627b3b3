// errorcheck -0 -m -l

// Returning addresses: the address of a local outlives the frame, so the local moves to the
// heap; new(T) and &T{} that are only used locally stay on the stack.
package escape

type T struct {
	a, b int
	p    *int
}

func retAddr() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func retNew() *int {
	return new(int) // ERROR "new\(int\) escapes to heap$"
}

func retLit() *T {
	return &T{a: 1} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func localLit() int {
	t := &T{a: 1, b: 2} // ERROR "&T\{\.\.\.\} does not escape$"
	return t.a + t.b
}

func localNew() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 3
	return *p
}

func retValue() T {
	t := T{a: 1}
	return t
}

func retField() *int {
	var t T // ERROR "moved to heap: t$"
	return &t.b
}

func retThroughVar() *T {
	t := &T{} // ERROR "&T\{\} escapes to heap$"
	u := t
	return u
}

func twoResults() (*int, int) {
	y := 2 // ERROR "moved to heap: y$"
	return &y, y
}

func named() (r *int) {
	z := 3 // ERROR "moved to heap: z$"
	r = &z
	return
}
