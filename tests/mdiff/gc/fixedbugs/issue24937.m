./issue24937.go:10:13: []byte{...} does not escape
./issue24937.go:11:15: string(x) does not escape
./issue24937.go:12:7: func literal does not escape
./issue24937.go:13:8: "FAIL" escapes to heap
