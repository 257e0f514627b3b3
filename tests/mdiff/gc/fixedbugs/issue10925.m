./issue10925.go:11:16: xyz does not escape
./issue10925.go:15:11: leaking param: ss
./issue10925.go:15:6: func literal does not escape
./issue10925.go:16:28: []string{...} does not escape
./issue10925.go:17:13: []string{...} escapes to heap
./issue10925.go:21:14: ... argument does not escape
./issue10925.go:21:15: "Expected [[one] [two] [three]], got" escapes to heap
./issue10925.go:21:15: got escapes to heap
