// errorcheck -0 -m -l

// Recursive and mutually recursive functions are analysed together (one strongly connected
// component), their parameters flowing directly into each other.
package escape

type L struct {
	v    int
	next *L
}

func length(l *L) int { // ERROR "l does not escape$"
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func even(l *L) bool { // ERROR "l does not escape$"
	if l == nil {
		return true
	}
	return odd(l.next)
}

func odd(l *L) bool { // ERROR "l does not escape$"
	if l == nil {
		return false
	}
	return even(l.next)
}

func last(l *L) *L { // ERROR "leaking param: l to result ~r0 level=0$"
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func build() int {
	a := L{v: 1}
	b := L{v: 2, next: &a}
	return length(&b)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}
