./issue5820.go:12:15: make([][]int, 2) does not escape
./issue5820.go:16:8: "array[1] != nil" escapes to heap
