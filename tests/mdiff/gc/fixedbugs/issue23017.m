./issue23017.go:111:20: fmt.Sprintf("wanted %d, but got %d", ... argument...) escapes to heap
./issue23017.go:111:20: ... argument does not escape
./issue23017.go:111:21: want escapes to heap
./issue23017.go:111:21: got escapes to heap
./issue23017.go:17:21: map[int]int{} does not escape
./issue23017.go:20:8: func literal does not escape
./issue23017.go:29:21: map[int]int{} does not escape
./issue23017.go:30:12: []int{} does not escape
./issue23017.go:32:8: func literal does not escape
./issue23017.go:42:21: map[int]int{} does not escape
./issue23017.go:45:8: func literal does not escape
./issue23017.go:57:14: new(T) does not escape
./issue23017.go:66:8: func literal does not escape
./issue23017.go:77:8: func literal does not escape
./issue23017.go:88:16: new(T) does not escape
./issue23017.go:96:12: &struct { x struct { y int } }{...} does not escape
