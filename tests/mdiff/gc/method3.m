./method3.go:13:7: t does not escape
./method3.go:20:13: T{...} escapes to heap
./method3.go:22:2: t escapes to heap
./method3.go:25:8: "fail" escapes to heap
./method3.go:29:8: "fail" escapes to heap
./method3.go:33:8: "fail" escapes to heap
