./mapclear.go:18:11: make(map[byte]int) does not escape
./mapclear.go:26:13: ... argument does not escape
./mapclear.go:26:14: l escapes to heap
./mapclear.go:26:14: want escapes to heap
./mapclear.go:36:13: ... argument does not escape
./mapclear.go:36:14: n escapes to heap
./mapclear.go:36:14: want escapes to heap
./mapclear.go:43:11: make(map[int]int) does not escape
./mapclear.go:49:13: ... argument does not escape
./mapclear.go:49:14: k escapes to heap
./mapclear.go:49:14: want escapes to heap
./mapclear.go:56:7: func literal does not escape
./mapclear.go:60:11: make(map[int]int) does not escape
./mapclear.go:67:13: ... argument does not escape
./mapclear.go:67:14: x escapes to heap
./mapclear.go:67:14: want escapes to heap
./mapclear.go:72:10: make(map[int]int) does not escape
./mapclear.go:80:13: ... argument does not escape
./mapclear.go:80:14: n escapes to heap
./mapclear.go:80:14: want escapes to heap
