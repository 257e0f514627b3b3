./issue16095.go:16:11: moved to heap: x
./issue16095.go:27:8: func literal does not escape
./issue16095.go:35:10: new([20]byte) escapes to heap
./issue16095.go:52:8: p does not escape
./issue16095.go:52:17: moved to heap: x
./issue16095.go:63:8: func literal does not escape
./issue16095.go:71:10: new([20]byte) escapes to heap
./issue16095.go:93:14: ... argument does not escape
./issue16095.go:93:15: x escapes to heap
./issue16095.go:94:9: "bad f" escapes to heap
./issue16095.go:100:14: ... argument does not escape
./issue16095.go:100:15: x escapes to heap
./issue16095.go:101:9: "bad g" escapes to heap
