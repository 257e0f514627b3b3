./bug244.go:29:8: "fail" escapes to heap
./bug244.go:23:13: make(map[int]int) escapes to heap
