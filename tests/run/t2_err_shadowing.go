package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parsePair(a, b string) (x, y int, err error) {
	x, err = strconv.Atoi(a)
	if err != nil {
		return
	}
	if y, err := strconv.Atoi(b); err != nil {
		return x, y, errors.New("second: " + err.Error())
	}
	y, err = strconv.Atoi(b)
	return
}

func firstError(fs ...func() error) error {
	for i, f := range fs {
		if err := f(); err != nil {
			return fmt.Errorf("step %d: %w", i, err)
		}
	}
	return nil
}

func main() {
	fmt.Println(parsePair("1", "2"))
	fmt.Println(parsePair("x", "2"))
	fmt.Println(parsePair("1", "y"))
	ok := func() error { return nil }
	bad := func() error { return errors.New("bad thing") }
	fmt.Println(firstError(ok, ok))
	fmt.Println(firstError(ok, bad, ok))
	var err error
	if true {
		_, err := strconv.Atoi("oops")
		_ = err
	}
	fmt.Println("outer err still", err)
}
