// errorcheck -0 -m -l

// gc removes constant-false branches before escape analysis.
package escape

var gp *int

const debug = false

func dead(x int) int {
	if false {
		gp = &x
	}
	return x
}

func debugOnly(y int) int {
	if debug {
		gp = &y
	}
	return y
}

func live(z int) int {
	if true {
		return z
	}
	gp = &z
	return 0
}
