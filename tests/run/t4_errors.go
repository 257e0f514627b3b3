package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type tempErr struct{}

func (tempErr) Error() string   { return "temporary" }
func (tempErr) Temporary() bool { return true }

func find(q string) error {
	if q == "" {
		return &QueryError{Query: "empty", Err: ErrNotFound}
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("as:", qe.Query)
	}
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", err))
	fmt.Println(wrapped)
	fmt.Println(errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &qe), errors.Is(wrapped, io.EOF))
	var te interface{ Temporary() bool }
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &te), te != nil && te.Temporary())
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Unwrap(errors.New("plain")) == nil)
	_, err = os.Open("/nonexistent/file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	errors.As(err, nil)
}
