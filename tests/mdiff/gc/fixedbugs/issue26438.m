./issue26438.go:24:8: "impossible" escapes to heap
