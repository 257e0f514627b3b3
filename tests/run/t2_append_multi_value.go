// append(f()) where f returns the slice and the elements: each result is converted to the
// element type (*int to interface{}): an ICE found on Go's fixedbugs/issue22327.go.
package main

import "fmt"

func f() ([]interface{}, *int) { return nil, nil }

func g() ([]int, int, int) { return []int{1}, 2, 3 }

func h() ([]fmt.Stringer, fmt.Stringer) { return nil, nil }

type T [2]string

func k() ([]T, T, T) { return []T{{"a", "b"}}, T{"c", "d"}, T{} }

func main() {
	a := append(f())
	fmt.Println(len(a), a[0] == (*int)(nil), a[0] == nil)
	b := append(g())
	fmt.Println(b, len(b))
	c := append(h())
	fmt.Println(len(c), c[0] == nil)
	fmt.Println(append(k()))
}
