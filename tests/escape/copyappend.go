// errorcheck -0 -m -l

// append and copy: appended pointers escape into the slice's backing store, which may
// itself be in the heap; copying pointer-free data moves nothing.
package escape

func appendInts(s []int, x int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, x)
}

func appendPtrs(s []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	y := 1 // ERROR "moved to heap: y$"
	return append(s, &y)
}

func appendSlice(a, b []*int) []*int { // ERROR "leaking param content: a$" "leaking param: a to result ~r0 level=0$" "leaking param content: b$"
	return append(a, b...)
}

func appendBytes(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...)
}

func copyInts(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func copyPtrs(dst, src []*int) int { // ERROR "dst does not escape$" "leaking param content: src$"
	return copy(dst, src)
}

func growLocal() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	for i := 0; i < 4; i++ {
		s = append(s, i)
	}
	return len(s)
}
