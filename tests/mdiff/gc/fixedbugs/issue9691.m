./issue9691.go:11:13: ([]byte)(s) does not escape
./issue9691.go:12:11: make(map[string]int) does not escape
./issue9691.go:15:14: string(b) escapes to heap
./issue9691.go:19:8: "bad" escapes to heap
