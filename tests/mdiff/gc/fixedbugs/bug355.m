./bug355.go:16:8: "BUG: bug355" escapes to heap
