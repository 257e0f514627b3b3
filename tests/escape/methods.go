// errorcheck -0 -m -l

// Methods: value and pointer receivers, method values (closures binding the receiver) and
// method expressions.
package escape

type C struct{ n int }

func (c *C) Inc()          { c.n++ } // ERROR "c does not escape$"
func (c C) Get() int       { return c.n }
func (c *C) Self() *C      { return c } // ERROR "leaking param: c to result ~r0 level=0$"
func (c *C) Store()        { gc = c } // ERROR "leaking param: c$"

var gc *C
var gf func()

func callPtr() int {
	var c C
	c.Inc()
	return c.Get()
}

func callSelf() *C {
	var c C // ERROR "moved to heap: c$"
	return c.Self()
}

func callStore() {
	var c C // ERROR "moved to heap: c$"
	c.Store()
}

func methodValue() int {
	c := &C{} // ERROR "&C\{\} does not escape$"
	f := c.Inc // ERROR "c\.Inc does not escape$"
	f()
	return c.n
}

func methodValueEscapes() {
	var c C // ERROR "moved to heap: c$"
	gf = c.Inc // ERROR "c\.Inc escapes to heap$"
}

func methodExpr() int {
	var c C
	(*C).Inc(&c)
	return C.Get(c)
}
