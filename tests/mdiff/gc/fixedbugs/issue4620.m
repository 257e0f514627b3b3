./issue4620.go:14:18: map[int]int{...} escapes to heap
./issue4620.go:18:14: ... argument does not escape
./issue4620.go:19:8: "m[i] != 2" escapes to heap
