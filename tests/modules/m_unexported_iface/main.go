// A type of another package satisfies that package's interface with an unexported method:
// assignments, arguments, a slice of the interface, and type assertions from main.
package main

import (
	"fmt"

	"example.com/shapes/shape"
)

func main() {
	var s shape.Shape = shape.Rect{W: 2, H: 3}
	shapes := []shape.Shape{s, &shape.Circle{R: 1}}
	for _, x := range shapes {
		fmt.Println(shape.Describe(x))
	}
	var i interface{} = &shape.Circle{R: 2}
	if c, ok := i.(shape.Shape); ok {
		fmt.Println(shape.Describe(c))
	}
	_, ok := i.(fmt.Stringer)
	fmt.Println(ok)
}
