./issue30977.go:39:5: func literal escapes to heap
./issue30977.go:49:9: "FAIL" escapes to heap
