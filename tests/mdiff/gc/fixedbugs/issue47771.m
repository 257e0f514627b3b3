./issue47771.go:14:13: []*int{...} escapes to heap
./issue47771.go:15:24: make([]*int, len(a) - 1) escapes to heap
./issue47771.go:17:9: a escapes to heap
