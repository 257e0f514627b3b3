// errorcheck -0 -m -l

// String conversions and concatenation allocate; the result stays on the stack when it
// does not escape.
package escape

var gstr string
var gb []byte

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatEscapes(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + "-" + b // ERROR "a \+ .-. \+ b escapes to heap$"
}

func toBytes(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	return len(b)
}

func toBytesEscapes(s string) { // ERROR "s does not escape$"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func fromBytes(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func toRunes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func runeToString(r rune) int {
	s := string(r) // ERROR "string\(r\) does not escape$"
	return len(s)
}

func sliceString(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func storeString(s string) { // ERROR "leaking param: s$"
	gstr = s
}
