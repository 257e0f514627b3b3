./issue23734.go:24:16: f does not escape
./issue23734.go:25:8: func literal does not escape
./issue23734.go:28:9: "didn't panic" escapes to heap
./issue23734.go:10:26: map[interface {}]int{} does not escape
./issue23734.go:11:12: []int{} does not escape
./issue23734.go:13:12: func literal does not escape
./issue23734.go:14:9: k does not escape
./issue23734.go:16:12: func literal does not escape
./issue23734.go:17:12: k does not escape
./issue23734.go:19:12: func literal does not escape
./issue23734.go:20:13: k does not escape
