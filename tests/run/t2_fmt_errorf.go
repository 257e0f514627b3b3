package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key")
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	e1 := find("")
	e2 := find("k")
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(errors.Unwrap(e1) == nil, errors.Unwrap(e2) == ErrNotFound)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e1, ErrNotFound))
	e3 := fmt.Errorf("layer2: %w", e2)
	fmt.Println(e3, errors.Is(e3, ErrNotFound))
	e4 := fmt.Errorf("flattened: %v", e2)
	fmt.Println(e4, errors.Is(e4, ErrNotFound))
	qe := &QueryError{"select", ErrNotFound}
	wrapped := fmt.Errorf("db: %w", qe)
	var target *QueryError
	fmt.Println(errors.As(wrapped, &target), target.Query)
	fmt.Println(errors.Is(wrapped, ErrNotFound))
	fmt.Printf("%T %T %T\n", e1, e2, wrapped)
	e5 := fmt.Errorf("code %d, ok=%t, %s", 42, false, "text")
	fmt.Println(e5.Error())
	e6 := fmt.Errorf("no wrap %w")
	fmt.Println(e6)
	e7 := fmt.Errorf("not an error: %w", "str")
	fmt.Println(e7)
}
