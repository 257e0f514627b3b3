./issue19246.go:17:8: i does not escape
./issue19246.go:20:8: func literal does not escape
./issue19246.go:27:4: *b does not escape
