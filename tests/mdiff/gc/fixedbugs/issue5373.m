./issue5373.go:21:11: make([]byte, n) escapes to heap
./issue5373.go:26:13: ... argument does not escape
./issue5373.go:26:14: i escapes to heap
./issue5373.go:26:14: want escapes to heap
./issue5373.go:36:13: ... argument does not escape
./issue5373.go:36:14: i escapes to heap
./issue5373.go:36:14: want escapes to heap
./issue5373.go:42:7: func literal does not escape
./issue5373.go:51:13: ... argument does not escape
./issue5373.go:51:14: x escapes to heap
./issue5373.go:51:14: want escapes to heap
./issue5373.go:62:13: ... argument does not escape
./issue5373.go:62:14: x escapes to heap
./issue5373.go:62:14: want escapes to heap
