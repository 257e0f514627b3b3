./bug303.go:16:16: b does not escape
./bug303.go:24:14: leaking param: r
./bug303.go:24:27: leaking param: b
./bug303.go:30:15: string(b[0:n]) escapes to heap
./bug303.go:36:18: make([]byte, 256) escapes to heap
