./issue52953.go:27:8: "FAIL" escapes to heap
