./issue12621.go:18:9: m escapes to heap
