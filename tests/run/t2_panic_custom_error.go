package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse(src string) error {
	if len(src) > 3 {
		return &ParseError{7, "unexpected token"}
	}
	return nil
}

func main() {
	if err := parse("ok"); err == nil {
		fmt.Println("first parse ok")
	}
	if err := parse("broken"); err != nil {
		panic(err)
	}
}
