package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("input too large")
)

func check(n int) error {
	switch {
	case n == 0:
		return ErrEmpty
	case n > 100:
		return ErrTooLarge
	}
	return nil
}

func process(ns []int) (ok int, err error) {
	for _, n := range ns {
		if e := check(n); e != nil {
			return ok, e
		}
		ok++
	}
	return ok, nil
}

func main() {
	for _, n := range []int{5, 0, 500} {
		err := check(n)
		fmt.Println(n, err, err == ErrEmpty, err == ErrTooLarge)
	}
	fmt.Println(process([]int{1, 2, 3}))
	fmt.Println(process([]int{1, 200, 3}))
	n, err := process(nil)
	if err == nil {
		fmt.Println("no error, processed", n)
	}
	e := errors.New("")
	fmt.Printf("%q %v\n", e.Error(), e == nil)
}
