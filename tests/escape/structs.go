// errorcheck -0 -m -l

// Structs and fields: a field holding a pointer carries it; storing into a field of a
// pointed-to struct stores into the heap (or wherever the struct is).
package escape

type In struct{ p *int }
type Out struct {
	in  In
	pin *In
}

var gout *Out

func fieldStore(x *int) Out { // ERROR "leaking param: x to result ~r0 level=0$"
	var o Out
	o.in.p = x
	return o
}

func fieldLoad(o *Out) *int { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.in.p
}

func throughPtr(o *Out, x *int) { // ERROR "o does not escape$" "leaking param: x$"
	o.pin.p = x
}

func localStruct() int {
	y := 1
	o := Out{in: In{p: &y}}
	return *o.in.p
}

func escapeStruct() {
	z := 1 // ERROR "moved to heap: z$"
	gout = &Out{in: In{p: &z}} // ERROR "&Out\{\.\.\.\} escapes to heap$"
}

func nestedLit() *In {
	w := 2 // ERROR "moved to heap: w$"
	o := &Out{pin: &In{p: &w}} // ERROR "&Out\{\.\.\.\} does not escape$" "&In\{\.\.\.\} escapes to heap$"
	return o.pin
}

func copyStruct(o Out) *In { // ERROR "leaking param: o to result ~r0 level=0$"
	return o.pin
}
