./recover3.go:26:12: name does not escape
./recover3.go:26:25: f does not escape
./recover3.go:26:35: err does not escape
./recover3.go:27:8: func literal does not escape
./recover3.go:58:24: func literal does not escape
./recover3.go:59:26: func literal does not escape
./recover3.go:61:21: func literal does not escape
./recover3.go:62:23: func literal does not escape
./recover3.go:63:25: func literal does not escape
./recover3.go:67:11: new([10]int) does not escape
./recover3.go:68:24: func literal does not escape
./recover3.go:69:24: func literal does not escape
./recover3.go:72:2: 1 does not escape
./recover3.go:73:25: func literal does not escape
./recover3.go:74:26: func literal does not escape
./recover3.go:77:8: "recover3" escapes to heap
