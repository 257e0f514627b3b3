./issue32288.go:15:8: t does not escape
./issue32288.go:15:16: p does not escape
./issue32288.go:24:8: func literal does not escape
