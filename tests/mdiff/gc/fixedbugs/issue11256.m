./issue11256.go:25:7: moved to heap: done
./issue11256.go:27:6: func literal escapes to heap
./issue11256.go:44:14: make([]byte, 1024 * 1024) escapes to heap
