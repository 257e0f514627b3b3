./issue8039.go:11:8: s does not escape
./issue8039.go:13:12: []int{...} escapes to heap
./issue8039.go:18:11: make([]int, 1) does not escape
