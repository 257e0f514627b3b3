./bug272.go:13:11: make([]int, n) escapes to heap
./bug272.go:20:8: func literal does not escape
