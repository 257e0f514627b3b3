// fuzz_compile: converting unsafe.Pointer to uintptr (and on to another integer type) once
// produced an invalid LLVM module ("zext ptr to i64").
package main

import "unsafe"

type t struct{ i int }

var v *t
var x byte

func main() {
	_ = int32(uintptr(unsafe.Pointer(&x)))
	if uintptr(unsafe.Pointer(&x)) > 256<<20 {
		println(uintptr(unsafe.Pointer(&x)) > 0)
	}
	if v != nil {
		_ = int(uintptr(unsafe.Pointer(&v.i)))
	}
}
