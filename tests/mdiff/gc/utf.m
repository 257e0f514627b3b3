./utf.go:23:14: string(chars[i]) escapes to heap
./utf.go:30:9: "zero width in string" escapes to heap
./utf.go:33:9: "wrong value from string" escapes to heap
./utf.go:40:8: "wrong length constructing array" escapes to heap
./utf.go:42:11: make([]byte, L) does not escape
./utf.go:59:9: "zero width in bytes" escapes to heap
./utf.go:62:9: "wrong value from bytes" escapes to heap
