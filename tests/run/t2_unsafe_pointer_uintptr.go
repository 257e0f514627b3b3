package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a int32
	b int64
}

var g [4]int64

func main() {
	var t T
	p := unsafe.Pointer(&t)
	u := uintptr(p)
	q := (*int64)(unsafe.Pointer(u + 8))
	*q = 42
	fmt.Println(t.b, int(u) != 0, u%8)
	pg := unsafe.Pointer(&g[0])
	pg2 := unsafe.Pointer(uintptr(pg) + 2*8)
	*(*int64)(pg2) = 7
	fmt.Println(g, uintptr(unsafe.Pointer(nil)))
	fmt.Println(unsafe.Pointer(uintptr(0)) == nil)
}
