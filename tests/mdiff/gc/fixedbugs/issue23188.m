./issue23188.go:12:14: []int{...} escapes to heap
./issue23188.go:30:9: arr escapes to heap
