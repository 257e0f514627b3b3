./bug453.go:37:8: "x != 7.0" escapes to heap
