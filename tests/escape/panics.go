// errorcheck -0 -m -l

// panic's argument escapes; recover's result is just a value.
package escape

type E struct{ msg string }

func panicValue(n int) {
	if n < 0 {
		panic(n) // ERROR "n escapes to heap$"
	}
}

func panicPtr() {
	e := &E{"boom"} // ERROR "&E\{\.\.\.\} escapes to heap$"
	panic(e)
}

func panicString(s string) { // ERROR "s does not escape$"
	panic("bad: " + s) // ERROR ".bad: . \+ s escapes to heap$"
}

func recovers() (r interface{}) {
	defer func() { // ERROR "func literal does not escape$"
		r = recover()
	}()
	panicValue(-1)
	return nil
}
