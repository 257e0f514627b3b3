./issue21048.go:49:2: moved to heap: t
