./issue19799.go:19:8: func literal does not escape
./issue19799.go:21:15: make([]uintptr, 10) escapes to heap
./issue19799.go:41:10: x does not escape
./issue19799.go:46:8: func literal does not escape
./issue19799.go:48:15: make([]uintptr, 10) escapes to heap
./issue19799.go:65:5: ... argument does not escape
