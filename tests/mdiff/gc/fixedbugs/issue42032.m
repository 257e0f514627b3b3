./issue42032.go:22:10: []T{...} does not escape
./issue42032.go:25:8: "pointer not written" escapes to heap
