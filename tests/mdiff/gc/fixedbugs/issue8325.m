./issue8325.go:15:20: []byte{...} does not escape
./issue8325.go:26:43: string(b) does not escape
./issue8325.go:27:9: "BUG" escapes to heap
./issue8325.go:18:22: index bounds check elided
