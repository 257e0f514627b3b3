./bug253.go:27:8: "fail" escapes to heap
