./issue42703.go:14:8: "FAIL" escapes to heap
