./issue26116.go:10:12: []int{...} does not escape
./issue26116.go:16:8: "loop didn't run" escapes to heap
