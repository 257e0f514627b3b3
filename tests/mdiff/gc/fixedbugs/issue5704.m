./issue5704.go:18:17: s does not escape
./issue5704.go:18:27: arg does not escape
./issue5704.go:20:18: "len(" + arg + ") != 0" escapes to heap
./issue5704.go:20:22: "len(" + arg + ") != 0" escapes to heap
./issue5704.go:23:9: arg + " == nil" escapes to heap
./issue5704.go:23:13: arg + " == nil" escapes to heap
./issue5704.go:27:17: s does not escape
./issue5704.go:27:27: arg does not escape
./issue5704.go:29:18: "len(" + arg + ") != 0" escapes to heap
./issue5704.go:29:22: "len(" + arg + ") != 0" escapes to heap
./issue5704.go:32:9: arg + " == nil" escapes to heap
./issue5704.go:32:13: arg + " == nil" escapes to heap
./issue5704.go:37:19: ([]byte)("") does not escape
./issue5704.go:38:19: ([]byte)(mystring("")) does not escape
./issue5704.go:39:20: mybytes("") does not escape
./issue5704.go:40:20: mybytes(mystring("")) does not escape
./issue5704.go:42:19: []rune{} does not escape
./issue5704.go:43:19: []rune{} does not escape
./issue5704.go:44:20: myrunes{} does not escape
./issue5704.go:45:20: myrunes{} does not escape
