./issue37975.go:44:18: str does not escape
./issue37975.go:44:30: f does not escape
./issue37975.go:45:8: func literal does not escape
./issue37975.go:49:50: "got panic " + runtimeErr + ", want " + str escapes to heap
./issue37975.go:49:48: "got panic " + runtimeErr + ", want " + str escapes to heap
./issue37975.go:17:10: make([]int, x, 300) does not escape
./issue37975.go:19:19: func literal does not escape
./issue37975.go:21:12: make([]int, i, 1) does not escape
./issue37975.go:24:19: func literal does not escape
./issue37975.go:26:12: make([]int, i, 3) does not escape
./issue37975.go:33:3: []struct { f func(); panicStr string }{...} does not escape
