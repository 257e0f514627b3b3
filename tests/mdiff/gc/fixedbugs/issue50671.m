./issue50671.go:33:8: "FAIL" escapes to heap
