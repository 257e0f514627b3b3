./bug168.go:17:8: "fail" escapes to heap
./bug168.go:11:13: make([]byte, 5) escapes to heap
