./235.go:17:10: in does not escape
./235.go:17:14: out does not escape
./235.go:17:5: func literal escapes to heap
./235.go:26:10: xs does not escape
./235.go:38:15: []uint64{...} does not escape
./235.go:40:17: []uint64{...} does not escape
./235.go:50:13: make([]T, n) escapes to heap
./235.go:51:14: make([]T, n) escapes to heap
./235.go:52:12: make([]uint64, n) escapes to heap
./235.go:72:9: "235" escapes to heap
