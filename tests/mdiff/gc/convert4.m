./convert4.go:11:16: fn does not escape
./convert4.go:11:27: s does not escape
./convert4.go:12:8: func literal does not escape
./convert4.go:15:9: "expected panic" escapes to heap
./convert4.go:18:44: "expected panic " + s + " got " + got escapes to heap
./convert4.go:18:42: "expected panic " + s + " got " + got escapes to heap
./convert4.go:25:11: make([]byte, 8, 10) does not escape
./convert4.go:27:8: "*[8]byte conversion failed" escapes to heap
./convert4.go:30:3: func literal does not escape
./convert4.go:38:8: "nil slice converted to *[0]byte should be nil" escapes to heap
./convert4.go:41:11: make([]byte, 0) does not escape
./convert4.go:43:8: "empty slice converted to *[0]byte should be non-nil" escapes to heap
./convert4.go:50:12: make(Slice, 4) does not escape
./convert4.go:52:8: "*Int4 conversion failed" escapes to heap
./convert4.go:55:8: "PInt4 conversion failed" escapes to heap
./convert4.go:75:8: "s5 conversion failed" escapes to heap
./convert4.go:78:8: "s5 conversion failed" escapes to heap
./convert4.go:81:8: "ns0 should be nil" escapes to heap
./convert4.go:84:8: "zs0 should not be nil" escapes to heap
./convert4.go:62:12: make([]string, 10) escapes to heap
./convert4.go:69:12: make([]string, 0) escapes to heap
