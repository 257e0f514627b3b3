./array.go:11:12: a does not escape
./array.go:18:12: a does not escape
./array.go:28:12: a does not escape
./array.go:35:12: a does not escape
./array.go:53:8: "res" escapes to heap
./array.go:59:11: make([]int, 10, 100) does not escape
./array.go:62:8: "fail" escapes to heap
./array.go:88:10: new([40]int) does not escape
./array.go:106:11: make([]int, 100) does not escape
