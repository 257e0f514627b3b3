// errorcheck -0 -m -l

// Size limits: explicit variables over 10 MiB and implicit allocations over 64 KiB go to
// the heap.
package escape

func bigArray() int {
	var a [2 << 20]int // ERROR "moved to heap: a$"
	a[0] = 1
	return a[0]
}

func mediumArray() int {
	var a [1 << 10]int
	a[1] = 2
	return a[1]
}

func bigMake() int {
	s := make([]byte, 100000) // ERROR "make\(\[\]byte, 100000\) escapes to heap$"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 1000) // ERROR "make\(\[\]byte, 1000\) does not escape$"
	return len(s)
}

type Big struct{ buf [70000]byte }

func bigNew() int {
	p := new(Big) // ERROR "new\(Big\) escapes to heap$"
	return len(p.buf)
}

func bigLit() int {
	p := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return len(p.buf)
}
