./issue19710.go:19:19: map[int]bool{} escapes to heap
./issue19710.go:14:8: "bad defer delete" escapes to heap
