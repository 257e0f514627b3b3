package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	return xs[i], nil
}

func panicValue(v interface{}) (got interface{}) {
	defer func() { got = recover() }()
	panic(v)
}

func noPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "unchanged"
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2}, 1))
	fmt.Println(safeIndex([]int{1, 2}, 9))
	for _, v := range []interface{}{"str", 42, 2.5, errors.New("an error"), []int{1}} {
		got := panicValue(v)
		fmt.Printf("%v (%T)\n", got, got)
	}
	fmt.Println(noPanic())
	fmt.Println(recover())
	fmt.Println("main continues")
}
