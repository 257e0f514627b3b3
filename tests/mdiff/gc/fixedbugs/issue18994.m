./issue18994.go:20:8: "FAIL" escapes to heap
