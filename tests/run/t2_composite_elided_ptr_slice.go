// Elided &T in literals of pointers to slice and map types ([]*S{{...}}, S a slice type):
// an internal error found on Go's fixedbugs/issue26340.go.
package main

import "fmt"

type S []P
type P struct{ x int }
type M map[string]int

var ms = map[string]*S{"a": {{1}, {2}}}
var as = [1]*S{{{5}}}

func main() {
	fmt.Println(*ms["a"], *as[0])
	pm := []*M{{"k": 1}, {}}
	fmt.Println(*pm[0], len(*pm[1]), *pm[1] == nil)
	ps := []*S{{}, {{7}}}
	fmt.Println(*ps[0] == nil, len(*ps[0]), *ps[1])
	(*ps[1])[0].x = 9
	fmt.Println(*ps[1])
}
