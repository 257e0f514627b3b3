./bug405.go:22:9: i escapes to heap
