./issue29013a.go:22:8: "bad" escapes to heap
