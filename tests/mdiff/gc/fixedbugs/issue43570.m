./issue43570.go:19:15: leaking param: t
./issue43570.go:21:20: fmt.Sprintf("bad: %v", ... argument...) escapes to heap
./issue43570.go:21:20: ... argument does not escape
./issue43570.go:21:21: t escapes to heap
./issue43570.go:28:2: func literal does not escape
./issue43570.go:32:15: make([]byte, 1024) escapes to heap
