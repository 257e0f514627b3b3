./11_memory_leak.go:16:14: make([]byte, 1024 * 1024) escapes to heap
./11_memory_leak.go:19:5: func literal escapes to heap
./11_memory_leak.go:22:14: ... argument does not escape
./11_memory_leak.go:22:18: len(data) escapes to heap
./11_memory_leak.go:28:14: make([]byte, 1024 * 1024) escapes to heap
./11_memory_leak.go:32:5: func literal escapes to heap
./11_memory_leak.go:34:14: ... argument does not escape
./11_memory_leak.go:34:14: dataLen escapes to heap
./11_memory_leak.go:43:13: ... argument does not escape
./11_memory_leak.go:43:14: "done" escapes to heap
