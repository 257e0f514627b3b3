./issue23522.go:22:9: &S{...} escapes to heap
./issue23522.go:32:9: &S{...} escapes to heap
./issue23522.go:44:8: "different" escapes to heap
