./issue14646.go:14:2: func literal does not escape
./issue14646.go:15:9: func literal does not escape
