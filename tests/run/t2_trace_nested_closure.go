// Tracebacks: panics with custom values from nested closures (main.main.func1.1) and a
// function value; the deepest frames are closures.
package main

import "fmt"

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.code) }

var handlers = map[string]func(int) int{}

func register(name string, f func(int) int) { handlers[name] = f }

func main() {
	register("double", func(x int) int { return x * 2 })
	check := func(v int) {
		inner := func(w int) {
			if w > 10 {
				panic(MyErr{w})
			}
		}
		inner(handlers["double"](v))
	}
	check(3)
	fmt.Println("ok 3")
	check(7)
	fmt.Println("unreachable")
}
