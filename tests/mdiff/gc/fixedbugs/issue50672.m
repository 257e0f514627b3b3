./issue50672.go:13:9: func literal escapes to heap
./issue50672.go:18:8: "FAIL" escapes to heap
./issue50672.go:35:7: func literal does not escape
./issue50672.go:37:10: func literal escapes to heap
./issue50672.go:39:7: func literal does not escape
./issue50672.go:41:9: "FAIL" escapes to heap
./issue50672.go:56:7: func literal does not escape
./issue50672.go:60:7: func literal does not escape
./issue50672.go:62:9: "FAIL" escapes to heap
./issue50672.go:73:7: func literal does not escape
./issue50672.go:75:26: []func(int, int){...} escapes to heap
./issue50672.go:75:27: func literal escapes to heap
./issue50672.go:77:7: func literal does not escape
./issue50672.go:79:9: "FAIL" escapes to heap
./issue50672.go:93:7: func literal does not escape
./issue50672.go:97:7: func literal does not escape
./issue50672.go:99:9: "FAIL" escapes to heap
