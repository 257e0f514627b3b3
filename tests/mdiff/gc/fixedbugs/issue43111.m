./issue43111.go:68:9: got escapes to heap
