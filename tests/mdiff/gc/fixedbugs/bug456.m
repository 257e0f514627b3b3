./bug456.go:24:8: "x != 1" escapes to heap
