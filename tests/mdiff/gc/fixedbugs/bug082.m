./bug082.go:14:8: "fail" escapes to heap
