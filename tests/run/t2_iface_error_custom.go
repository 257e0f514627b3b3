package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", e.Field, e.Value)
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "Error wins" }
func (Both) String() string { return "String loses" }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	return nil
}

func lookup(k string) (string, error) {
	if k != "a" {
		return "", &NotFound{k}
	}
	return "found", nil
}

func main() {
	fmt.Println(validate(5), validate(-3))
	err := validate(-1)
	if ve, ok := err.(ValidationError); ok {
		fmt.Println("field:", ve.Field)
	}
	v, err := lookup("a")
	fmt.Println(v, err)
	_, err = lookup("zz")
	fmt.Println(err)
	switch e := err.(type) {
	case *NotFound:
		fmt.Println("NotFound for", e.Key)
	default:
		fmt.Println("other")
	}
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	fmt.Printf("%v|%s|%q|%T\n", e1, e1, e1, e1)
	var nilErr error
	fmt.Printf("%v\n", nilErr)
}
