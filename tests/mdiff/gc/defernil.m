./defernil.go:17:8: func literal does not escape
./defernil.go:20:9: "did not panic" escapes to heap
./defernil.go:23:9: "FAIL" escapes to heap
