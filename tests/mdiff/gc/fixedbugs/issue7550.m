./issue7550.go:9:18: f does not escape
./issue7550.go:10:15: func literal does not escape
./issue7550.go:12:30: "not panicking" escapes to heap
./issue7550.go:20:18: make([]struct {}, length) escapes to heap
./issue7550.go:21:18: make([]struct {}, length) escapes to heap
