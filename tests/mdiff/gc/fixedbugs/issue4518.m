./issue4518.go:14:8: e does not escape
./issue4518.go:23:13: d does not escape
./issue4518.go:34:12: 3 does not escape
./issue4518.go:39:13: d does not escape
./issue4518.go:58:8: "a != 3 || b != 7" escapes to heap
./issue4518.go:63:15: 42 does not escape
