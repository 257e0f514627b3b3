./issue24488.go:16:7: f does not escape
./issue24488.go:22:7: f does not escape
./issue24488.go:26:13: make([]byte, 4000) escapes to heap
./issue24488.go:28:13: string(buf[:n]) does not escape
./issue24488.go:30:47: "wrapper present in stack trace:\n" + s escapes to heap
./issue24488.go:30:45: "wrapper present in stack trace:\n" + s escapes to heap
./issue24488.go:35:14: func literal does not escape
./issue24488.go:36:11: foo.Bar does not escape
