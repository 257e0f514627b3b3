// errorcheck -0 -m -l

// go and defer: arguments of go statements escape; a defer at the top of a function does
// not make its arguments escape, a defer in a loop does.
package escape

func use(p *int) {} // ERROR "p does not escape$"

func keep(p *int) { gp = p } // ERROR "leaking param: p$"

var gp *int

func deferTop() {
	x := 1
	defer use(&x)
}

func deferLoop() {
	for i := 0; i < 3; i++ {
		y := i // ERROR "moved to heap: y$"
		defer use(&y)
	}
}

func goArg() {
	z := 1 // ERROR "moved to heap: z$"
	go use(&z)
}

func goClosure() {
	w := 1 // ERROR "moved to heap: w$"
	go func() { // ERROR "func literal escapes to heap$"
		w++
	}()
}

func deferClosure() int {
	v := 1
	defer func() { // ERROR "func literal does not escape$"
		v++
	}()
	return v
}

func deferLeak() {
	u := 1 // ERROR "moved to heap: u$"
	defer keep(&u)
}

func deferLoopClosure() {
	for i := 0; i < 2; i++ {
		defer func() {}() // ERROR "func literal escapes to heap$"
	}
}
