./10_large_data.go:23:20: make([]int, 1024 * 1024) escapes to heap
./10_large_data.go:36:13: ... argument does not escape
./10_large_data.go:36:14: "largeStackFrame sum:" escapes to heap
./10_large_data.go:36:53: largeStackFrame() escapes to heap
./10_large_data.go:37:13: ... argument does not escape
./10_large_data.go:37:14: "smallStackFrame sum:" escapes to heap
./10_large_data.go:37:53: smallStackFrame() escapes to heap
