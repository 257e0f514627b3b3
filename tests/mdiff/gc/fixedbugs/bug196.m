./bug196.go:47:8: "fail" escapes to heap
./bug196.go:9:20: map[int]int{...} escapes to heap
