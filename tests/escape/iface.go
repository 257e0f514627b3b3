// errorcheck -0 -m -l

// Conversions to interfaces box non-pointer values; pointer-shaped values are stored
// directly. Method calls through interfaces leak their receiver and arguments.
package escape

var sink interface{}

type I interface{ M() int }

type S struct{ a int }

func (s S) M() int { return s.a }

type P struct{ a int }

func (p *P) M() int { return p.a } // ERROR "p does not escape$"

func box(x int) interface{} { return x } // ERROR "x escapes to heap$"

func boxNoEscape(x int) bool {
	var i interface{} = x // ERROR "x does not escape$"
	return i != nil
}

func boxPtr(p *int) interface{} { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func boxSink(s string) { sink = s } // ERROR "leaking param: s$" "s escapes to heap$"

func callIface(i I) int { return i.M() } // ERROR "leaking param: i$"

func viaIface() int {
	s := S{1}
	return callIface(s) // ERROR "s escapes to heap$"
}

func viaIfacePtr() int {
	p := &P{2} // ERROR "&P\{\.\.\.\} escapes to heap$"
	return callIface(p)
}

func assertBack(i interface{}) int { // ERROR "i does not escape$"
	if v, ok := i.(int); ok {
		return v
	}
	return 0
}

func devirt() int {
	var i I = S{3} // ERROR "S\{\.\.\.\} does not escape$"
	return i.M() // ERROR "devirtualizing i\.M to S$"
}

func toAny(xs []int) interface{} { return xs } // ERROR "leaking param: xs$" "xs escapes to heap$"

func errorValue() error { return nil }
