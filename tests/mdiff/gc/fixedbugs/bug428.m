./bug428.go:13:11: make([]byte, 5, 6) escapes to heap
./bug428.go:16:11: string(s) does not escape
./bug428.go:17:9: s escapes to heap
