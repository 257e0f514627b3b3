./issue5963.go:19:8: func literal does not escape
./issue5963.go:22:5: func literal escapes to heap
