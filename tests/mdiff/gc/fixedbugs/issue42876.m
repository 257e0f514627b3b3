./issue42876.go:13:8: "fail 1" escapes to heap
./issue42876.go:16:8: "fail 2" escapes to heap
