// errorcheck -0 -m -l

// fmt's functions leak the contents of their ...any argument: each converted value escapes,
// the ... slice itself does not.
package escape

import "fmt"

type V struct{ a, b int }

func prints(x int, s string, p *int, v V) { // ERROR "leaking param: s$" "leaking param: p$" "moved to heap: v$"
	fmt.Println(x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
	fmt.Println("x =", x, "s =", s) // ERROR "\.\.\. argument does not escape$" ".x =. escapes to heap$" "x escapes to heap$" ".s =. escapes to heap$" "s escapes to heap$"
	fmt.Printf("%d %s\n", x, s) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "s escapes to heap$"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$"
	fmt.Println(v, &v) // ERROR "\.\.\. argument does not escape$" "v escapes to heap$"
	fmt.Println(x+1, len(s)) // ERROR "\.\.\. argument does not escape$" "x \+ 1 escapes to heap$" "len\(s\) escapes to heap$"
	fmt.Println()
}

func sprint(x int) string {
	return fmt.Sprint(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func sprintf(a, b int) string {
	return fmt.Sprintf("%d-%d", a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
}

func errorf(n int) error {
	return fmt.Errorf("bad %d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func spread(xs []interface{}) { // ERROR "leaking param content: xs$"
	fmt.Println(xs...)
}
