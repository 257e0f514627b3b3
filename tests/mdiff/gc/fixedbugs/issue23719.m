./issue23719.go:13:8: "bad comparison" escapes to heap
./issue23719.go:19:8: "bad comparison" escapes to heap
./issue23719.go:24:8: "bad comparison" escapes to heap
./issue23719.go:30:8: "bad comparison" escapes to heap
./issue23719.go:35:8: "bad comparison" escapes to heap
./issue23719.go:40:8: "bad comparison" escapes to heap
