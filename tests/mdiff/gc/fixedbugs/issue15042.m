./issue15042.go:25:11: i + j escapes to heap
