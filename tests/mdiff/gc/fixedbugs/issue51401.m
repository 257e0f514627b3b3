./issue51401.go:18:27: &impl{} escapes to heap
./issue51401.go:29:15: make([]uintptr, 50) does not escape
./issue51401.go:24:7: a does not escape
./issue51401.go:42:16: leaking param: outer
./issue51401.go:43:23: []func() error{...} escapes to heap
./issue51401.go:43:29: outer.DoStuff escapes to heap
