./issue33062.go:24:19: (interface {})(x) does not escape
./issue33062.go:26:19: (interface {})(y) does not escape
./issue33062.go:28:8: "FAIL" escapes to heap
./issue33062.go:31:8: "FAIL" escapes to heap
