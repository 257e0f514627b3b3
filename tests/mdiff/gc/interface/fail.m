./fail.go:32:18: f does not escape
./fail.go:33:8: func literal does not escape
./fail.go:35:9: "function should panic" escapes to heap
./fail.go:30:7: s does not escape
