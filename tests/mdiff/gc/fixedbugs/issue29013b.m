./issue29013b.go:41:8: "bad" escapes to heap
./issue29013b.go:29:22: map[Int]bool{...} escapes to heap
./issue29013b.go:32:24: map[Int]string{...} escapes to heap
