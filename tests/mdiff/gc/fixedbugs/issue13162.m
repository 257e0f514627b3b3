./issue13162.go:20:11: make([]byte, n) escapes to heap
./issue13162.go:24:13: string(b) does not escape
./issue13162.go:34:13: ... argument does not escape
./issue13162.go:34:14: i escapes to heap
./issue13162.go:34:14: want escapes to heap
./issue13162.go:44:13: ... argument does not escape
./issue13162.go:44:14: i escapes to heap
./issue13162.go:44:14: want escapes to heap
./issue13162.go:48:13: ... argument does not escape
./issue13162.go:48:14: r escapes to heap
./issue13162.go:48:14: want escapes to heap
./issue13162.go:58:13: ... argument does not escape
./issue13162.go:58:14: i escapes to heap
./issue13162.go:58:14: want escapes to heap
./issue13162.go:69:13: ... argument does not escape
./issue13162.go:69:14: i escapes to heap
./issue13162.go:69:14: want escapes to heap
./issue13162.go:73:13: ... argument does not escape
./issue13162.go:73:14: r escapes to heap
./issue13162.go:73:14: want escapes to heap
