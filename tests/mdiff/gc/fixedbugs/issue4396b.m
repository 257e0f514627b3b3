./issue4396b.go:24:15: new(T) escapes to heap
./issue4396b.go:24:23: new(T) escapes to heap
