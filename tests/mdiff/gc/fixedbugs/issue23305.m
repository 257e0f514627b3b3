./issue23305.go:22:8: "FAIL" escapes to heap
./issue23305.go:26:8: "FAIL" escapes to heap
