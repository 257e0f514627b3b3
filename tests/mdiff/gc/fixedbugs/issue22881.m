./issue22881.go:49:9: m does not escape
./issue22881.go:54:9: m does not escape
./issue22881.go:59:9: m does not escape
./issue22881.go:64:9: m does not escape
./issue22881.go:69:9: m does not escape
./issue22881.go:74:9: m does not escape
./issue22881.go:79:9: m does not escape
./issue22881.go:84:9: m does not escape
./issue22881.go:89:9: m does not escape
./issue22881.go:94:10: m does not escape
./issue22881.go:99:10: m does not escape
./issue22881.go:104:10: m does not escape
./issue22881.go:109:10: m does not escape
./issue22881.go:15:39: []func(map[int]int){...} does not escape
./issue22881.go:18:19: map[int]int{} escapes to heap
./issue22881.go:19:3: func literal does not escape
./issue22881.go:20:10: func literal does not escape
./issue22881.go:24:14: ... argument does not escape
./issue22881.go:24:15: i escapes to heap
./issue22881.go:27:14: ... argument does not escape
./issue22881.go:27:15: i escapes to heap
./issue22881.go:32:41: []func(map[int][]int){...} does not escape
./issue22881.go:35:21: map[int][]int{} escapes to heap
./issue22881.go:36:3: func literal does not escape
./issue22881.go:37:10: func literal does not escape
./issue22881.go:41:14: ... argument does not escape
./issue22881.go:41:15: i escapes to heap
./issue22881.go:44:14: ... argument does not escape
./issue22881.go:44:15: i escapes to heap
