./issue29943.go:25:10: x escapes to heap
