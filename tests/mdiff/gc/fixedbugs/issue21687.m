./issue21687.go:17:8: func literal does not escape
./issue21687.go:26:14: []int{...} does not escape
./issue21687.go:27:14: []int{...} does not escape
./issue21687.go:30:10: func literal does not escape
./issue21687.go:39:20: map[int]int{...} does not escape
./issue21687.go:40:20: map[int]int{...} does not escape
./issue21687.go:43:10: func literal does not escape
./issue21687.go:66:9: bad escapes to heap
