./issue9006.go:22:8: "bad1" escapes to heap
./issue9006.go:26:8: "bad2" escapes to heap
./issue9006.go:31:8: "bad3" escapes to heap
./issue9006.go:35:8: "bad4" escapes to heap
