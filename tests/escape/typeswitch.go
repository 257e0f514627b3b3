// errorcheck -0 -m -l

// Type switches: each clause's variable receives the interface's value (dereferenced when
// the dynamic type is not pointer-shaped).
package escape

type A struct{ p *int }

func sw(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	switch v := i.(type) {
	case *int:
		return v
	case A:
		return v.p
	case int: // ERROR "moved to heap: v$"
		return &v
	}
	return nil
}

func swNoVar(i interface{}) int { // ERROR "i does not escape$"
	switch i.(type) {
	case int:
		return 1
	}
	return 0
}

func assert(i interface{}) *int { // ERROR "leaking param: i to result ~r0 level=0$"
	return i.(*int)
}
