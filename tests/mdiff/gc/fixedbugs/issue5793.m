./issue5793.go:17:17: []string{...} escapes to heap
./issue5793.go:21:15: []byte{...} escapes to heap
./issue5793.go:26:9: c escapes to heap
./issue5793.go:30:9: s escapes to heap
./issue5793.go:34:9: b escapes to heap
