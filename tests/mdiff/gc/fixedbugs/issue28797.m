./issue28797.go:16:11: f does not escape
./issue28797.go:17:8: func literal does not escape
./issue28797.go:20:9: "panic wasn't recoverable" escapes to heap
./issue28797.go:37:11: make([]byte, 0) does not escape
./issue28797.go:41:13: string(b[1:len(b) - 2]) escapes to heap
./issue28797.go:42:13: ... argument does not escape
./issue28797.go:42:13: s escapes to heap
./issue28797.go:46:11: make([]byte, 1) does not escape
./issue28797.go:50:14: string(b[1:i]) escapes to heap
./issue28797.go:51:14: ... argument does not escape
./issue28797.go:51:14: s escapes to heap
