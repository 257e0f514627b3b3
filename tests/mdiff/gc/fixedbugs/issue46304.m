./issue46304.go:28:7: w does not escape
./issue46304.go:28:19: leaking param content: p
./issue46304.go:29:8: &P{} escapes to heap
./issue46304.go:35:7: w does not escape
./issue46304.go:35:20: leaking param content: op
./issue46304.go:35:20: leaking param: op to result ~r0 level=0
./issue46304.go:42:11: func literal does not escape
./issue46304.go:45:9: &Op{} escapes to heap
./issue46304.go:56:20: make([]P, len(orig.plist)) escapes to heap
./issue46304.go:71:32: []P{...} escapes to heap
./issue46304.go:74:8: "bad" escapes to heap
