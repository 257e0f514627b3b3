./issue55122.go:32:8: x does not escape
./issue55122.go:28:8: iter escapes to heap
./issue55122.go:12:14: make([]byte, 1024) escapes to heap
