// errorcheck -0 -m -l

// Arrays are values: indexing an array is not a dereference, slicing one takes its address.
package escape

var gs []int

func arrayIndex() *int {
	var a [3]*int
	x := 1 // ERROR "moved to heap: x$"
	a[0] = &x
	return a[0]
}

func arraySlice() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func arraySliceEscapes() {
	var b [4]int // ERROR "moved to heap: b$"
	gs = b[1:]
}

func arrayOfPtrs(p *int) [2]*int { // ERROR "leaking param: p to result ~r0 level=0$"
	return [2]*int{p, nil}
}

func arrayRange() int {
	a := [3]int{1, 2, 3}
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}
