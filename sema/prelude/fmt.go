// Package fmt as gosub knows it: declarations only; the bodies are C functions in runtime/
// named fmt_Println etc. (calling convention in runtime/gort.h). gosub's own until reflect
// exists: Go's fmt formats every value through reflect (%v of structs, maps, pointers).
package fmt

import (
	"io"
	_ "os" // Print, Printf and Println write to os.Stdout (runtime/fmt.c reads the variable)
)

type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string
func Errorf(format string, a ...any) error
func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
