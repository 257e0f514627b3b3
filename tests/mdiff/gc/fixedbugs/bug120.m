./bug120.go:50:10: "fail" escapes to heap
