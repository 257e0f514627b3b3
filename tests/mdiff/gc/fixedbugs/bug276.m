./bug276.go:21:8: 0 escapes to heap
