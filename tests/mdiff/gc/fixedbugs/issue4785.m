./issue4785.go:11:8: x does not escape
./issue4785.go:11:11: y does not escape
./issue4785.go:12:21: x.(float64) > y.(float64) escapes to heap
./issue4785.go:16:9: 1.0 does not escape
./issue4785.go:16:14: 2.0 does not escape
./issue4785.go:18:8: "bad comparison" escapes to heap
