./bug199.go:24:8: "fail" escapes to heap
./bug199.go:13:16: make([]int, 10) escapes to heap
