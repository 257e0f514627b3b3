./issue43835.go:22:8: func literal does not escape
./issue43835.go:31:8: func literal does not escape
./issue43835.go:40:8: func literal does not escape
./issue43835.go:11:8: "FAIL" escapes to heap
./issue43835.go:14:8: "FAIL" escapes to heap
./issue43835.go:17:8: "FAIL" escapes to heap
