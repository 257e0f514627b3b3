./issue45175.go:27:9: got escapes to heap
