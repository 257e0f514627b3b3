./issue29190.go:24:18: str does not escape
./issue29190.go:24:30: f does not escape
./issue29190.go:25:8: func literal does not escape
./issue29190.go:28:9: "did not panic" escapes to heap
./issue29190.go:32:41: "got panic " + s + ", want " + str escapes to heap
./issue29190.go:32:39: "got panic " + s + ", want " + str escapes to heap
./issue29190.go:18:11: make([]T, maxInt) escapes to heap
./issue29190.go:19:34: func literal does not escape
./issue29190.go:20:20: make([]T, 1) does not escape
./issue29190.go:21:34: func literal does not escape
