./issue27201.go:28:6: moved to heap: buf
./issue27201.go:30:13: string(buf[:n]) does not escape
./issue27201.go:32:8: "panic at wrong location" escapes to heap
./issue27201.go:35:8: "no panic at correct location" escapes to heap
./issue27201.go:18:8: p does not escape
