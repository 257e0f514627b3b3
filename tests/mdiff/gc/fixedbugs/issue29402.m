./issue29402.go:13:8: s does not escape
./issue29402.go:19:14: []int{...} does not escape
./issue29402.go:21:8: "FAIL" escapes to heap
