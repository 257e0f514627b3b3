./issue20530.go:13:12: func literal does not escape
./issue20530.go:23:12: func literal does not escape
