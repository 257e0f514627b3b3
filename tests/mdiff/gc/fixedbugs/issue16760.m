./issue16760.go:21:10: f does not escape
./issue16760.go:22:8: func literal does not escape
./issue16760.go:31:11: leaking param: w
./issue16760.go:31:6: func literal does not escape
./issue16760.go:33:17: ([]byte)(x[5]) escapes to heap
