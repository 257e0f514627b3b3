./issue29304.go:17:8: "FAILED" escapes to heap
