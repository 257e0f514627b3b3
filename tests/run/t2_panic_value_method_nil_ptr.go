// A value method called through an interface holding a nil *T: the *T wrapper panics with
// runtime's panicwrap text (a runtime.Error), which recover sees; uncaught, exit status 2.
package main

import "fmt"

type T int

func (t T) F() int { return int(t) + 1 }

type S struct{ a, b string }

func (s S) Name() string { return s.a + s.b }

type I interface{ F() int }
type N interface{ Name() string }

var (
	gi I = (*T)(nil)
	gn N = (*S)(nil)
)

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(gi.F())
	}()
	func() {
		defer func() {
			r := recover()
			_, isRuntime := r.(interface{ RuntimeError() })
			fmt.Println("recovered:", r, isRuntime)
		}()
		fmt.Println(gn.Name())
	}()
	v := T(4)
	var i I = &v
	fmt.Println(i.F())
	fmt.Println(gn.Name())
}
