// errorcheck -0 -m -l

// Slices: make with a constant size stays on the stack unless the slice escapes; a
// non-constant size always goes to the heap; literals and append.
package escape

var gs []int
var gps []*int

func makeConst() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func makeVar(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeEscapes() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func makeCap() int {
	s := make([]int, 0, 16) // ERROR "make\(\[\]int, 0, 16\) does not escape$"
	s = append(s, 1)
	return s[0]
}

func literal() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[1]
}

func literalEscapes() {
	gs = []int{4, 5} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func appendPtr(x int) { // ERROR "moved to heap: x$"
	gps = append(gps, &x)
}

func appendLocal() int {
	var s []*int
	y := 1 // ERROR "moved to heap: y$"
	s = append(s, &y)
	return *s[0]
}

func sliceOfSlice() [][]int {
	return [][]int{{1}, {2}} // ERROR "\[\]\[\]int\{\.\.\.\} escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$"
}

func reslice(s []int) []int { return s[1:] } // ERROR "leaking param: s to result ~r0 level=0$"

func emptyLit() int {
	s := []int{} // ERROR "\[\]int\{\} does not escape$"
	return len(s)
}
