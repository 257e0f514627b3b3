./init1.go:48:11: c does not escape
./init1.go:22:11: make([]byte, MB) escapes to heap
./init1.go:26:13: string(b) does not escape
./init1.go:28:17: new(runtime.MemStats) does not escape
./init1.go:34:13: ([]byte)(s) escapes to heap
./init1.go:44:8: "init1" escapes to heap
