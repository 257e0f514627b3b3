package main

import "fmt"

func lifo() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("lifo body done")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 100
	fmt.Println("x now:", x)
}

func namedResult() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func namedResultPanic() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	panic("oops")
}

type Res struct{ name string }

func (r *Res) Close() { fmt.Println("close", r.name) }

func useResources() {
	a := &Res{"a"}
	defer a.Close()
	b := &Res{"b"}
	defer b.Close()
	a = &Res{"a2"}
	fmt.Println("using", a.name, b.name)
}

func main() {
	lifo()
	argsEvaluated()
	fmt.Println(namedResult())
	fmt.Println(namedResultPanic())
	useResources()
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("end of main")
}
