./issue43480.go:25:10: x escapes to heap
