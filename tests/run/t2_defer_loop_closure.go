package main

import "fmt"

func counter() (count int) {
	for i := 0; i < 3; i++ {
		defer func() { count += 10 }()
	}
	return 1
}

func deferInLoopVars() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("closure sees ", i, "; ") }()
	}
	for i := 0; i < 3; i++ {
		defer func(v int) { fmt.Print("arg ", v, "; ") }(i)
	}
}

func deferMethodValue() {
	type acc struct{ total int }
	a := acc{}
	add := func(n int) { a.total += n }
	defer func() { fmt.Println("total", a.total) }()
	defer add(5)
	add(1)
}

func deferModifiesSlice() []int {
	s := []int{1, 2, 3}
	defer func() { s[0] = 100 }()
	return s
}

func main() {
	fmt.Println(counter())
	deferInLoopVars()
	fmt.Println()
	deferMethodValue()
	fmt.Println(deferModifiesSlice())
	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
	fmt.Println("done")
}
