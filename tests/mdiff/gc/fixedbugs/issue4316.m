./issue4316.go:19:2: moved to heap: p
./issue4316.go:60:8: "countResult != 4096" escapes to heap
