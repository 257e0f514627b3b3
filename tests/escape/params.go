// errorcheck -0 -m -l

// Parameter leak summaries: to the heap, to a result, with deref levels, and none.
package escape

var sink interface{}
var gp *int
var gpp **int

func noEscape(p *int) int { return *p } // ERROR "p does not escape$"

func toHeap(p *int) { gp = p } // ERROR "leaking param: p$"

func contentToHeap(pp **int) { gp = *pp } // ERROR "leaking param content: pp$"

func toResult(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func toResultLevel1(pp **int) *int { return *pp } // ERROR "leaking param: pp to result ~r0 level=1$"

func toResultAndHeap(p *int) *int { // ERROR "leaking param: p$"
	gp = p
	return p
}

func twoParams(p, q *int) *int { // ERROR "leaking param: p to result ~r0 level=0$" "q does not escape$"
	if *q > 0 {
		return p
	}
	return nil
}

func secondResult(p *int) (int, *int) { return 0, p } // ERROR "leaking param: p to result ~r1 level=0$"

func scalars(a, b int) int { return a + b }

func caller() int {
	x := 1
	y := 2
	n := noEscape(&x)
	r := toResult(&y)
	return n + *r
}

func callerLeak() {
	z := 3 // ERROR "moved to heap: z$"
	toHeap(&z)
}

func callerContent() {
	w := 4 // ERROR "moved to heap: w$"
	p := &w
	contentToHeap(&p)
}

func callerLevel() *int {
	v := 5 // ERROR "moved to heap: v$"
	p := &v
	return toResultLevel1(&p)
}

func ifaceParam(i interface{}) { sink = i } // ERROR "leaking param: i$"

func ifaceNoEscape(i interface{}) bool { return i == nil } // ERROR "i does not escape$"
