./mallocfin.go:32:13: a does not escape
./mallocfin.go:35:8: "fail" escapes to heap
./mallocfin.go:41:13: b does not escape
./mallocfin.go:44:8: "fail" escapes to heap
./mallocfin.go:50:15: b does not escape
./mallocfin.go:51:7: "nofinalB run" escapes to heap
./mallocfin.go:57:8: &B{...} escapes to heap
./mallocfin.go:58:8: &A{...} escapes to heap
./mallocfin.go:59:11: new(B) escapes to heap
./mallocfin.go:75:8: "fail" escapes to heap
