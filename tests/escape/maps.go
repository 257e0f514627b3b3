// errorcheck -0 -m -l

// Maps: the map itself may stay on the stack, but keys and values stored into it escape.
package escape

var gm map[string]*int

func localMap() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return m["a"]
}

func mapEscapes() map[string]int {
	return make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
}

func storePtr() int {
	m := make(map[int]*int) // ERROR "make\(map\[int\]\*int\) does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m[0] = &x
	return len(m)
}

func mapLiteral() int {
	y := 2 // ERROR "moved to heap: y$"
	m := map[string]*int{"y": &y} // ERROR "map\[string\]\*int\{\.\.\.\} does not escape$"
	return len(m)
}

func mapKeyPtr() int {
	m := map[*int]bool{} // ERROR "map\[\*int\]bool\{\} does not escape$"
	k := 3 // ERROR "moved to heap: k$"
	m[&k] = true
	return len(m)
}

func rangeMap(m map[string]*int) *int { // ERROR "leaking param: m to result ~r0 level=1$"
	for _, v := range m {
		return v
	}
	return nil
}

func deleteKey(m map[string]int, k string) { // ERROR "m does not escape$" "k does not escape$"
	delete(m, k)
}
