./bug312.go:20:8: "BUG" escapes to heap
