./issue15281.go:28:9: c does not escape
./issue15281.go:42:9: c does not escape
./issue15281.go:15:12: make([]byte, 10 << 20) escapes to heap
./issue15281.go:22:12: make([]byte, 10 << 20) escapes to heap
