./issue15252.go:17:8: t does not escape
./issue15252.go:23:7: &T{...} does not escape
./issue15252.go:24:8: func literal does not escape
./issue15252.go:27:9: "panic wasn't recoverable" escapes to heap
./issue15252.go:31:7: "index didn't panic" escapes to heap
