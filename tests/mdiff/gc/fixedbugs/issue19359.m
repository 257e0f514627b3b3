./issue19359.go:11:10: m does not escape
./issue19359.go:11:41: leaking param: key
./issue19359.go:12:8: func literal does not escape
./issue19359.go:14:20: ... argument does not escape
./issue19359.go:21:10: m does not escape
./issue19359.go:21:41: key does not escape
./issue19359.go:22:8: func literal does not escape
./issue19359.go:24:20: ... argument does not escape
./issue19359.go:31:13: m does not escape
./issue19359.go:31:36: leaking param: key
./issue19359.go:32:8: func literal does not escape
./issue19359.go:34:20: ... argument does not escape
./issue19359.go:41:13: m does not escape
./issue19359.go:41:39: leaking param: key
./issue19359.go:42:8: func literal does not escape
./issue19359.go:44:20: ... argument does not escape
./issue19359.go:51:16: m does not escape
./issue19359.go:51:41: leaking param: key
./issue19359.go:52:8: func literal does not escape
./issue19359.go:54:20: ... argument does not escape
./issue19359.go:61:16: m does not escape
./issue19359.go:61:44: leaking param: key
./issue19359.go:62:8: func literal does not escape
./issue19359.go:64:20: ... argument does not escape
./issue19359.go:72:11: make(map[interface {}]interface {}) does not escape
./issue19359.go:73:14: []int{...} escapes to heap
./issue19359.go:73:14: []int{...} escapes to heap
./issue19359.go:74:9: "abc" escapes to heap
./issue19359.go:75:14: []int{...} does not escape
./issue19359.go:75:14: []int{...} does not escape
./issue19359.go:76:9: "abc" does not escape
./issue19359.go:78:12: make(map[interface {}]int) does not escape
./issue19359.go:79:18: []int{...} escapes to heap
./issue19359.go:79:18: []int{...} escapes to heap
./issue19359.go:80:13: "abc" escapes to heap
./issue19359.go:82:12: make(map[interface {}]string) does not escape
./issue19359.go:83:18: []int{...} escapes to heap
./issue19359.go:83:18: []int{...} escapes to heap
./issue19359.go:84:13: "abc" escapes to heap
./issue19359.go:86:13: make(map[interface {}][]int) does not escape
./issue19359.go:87:22: []int{...} escapes to heap
./issue19359.go:87:22: []int{...} escapes to heap
./issue19359.go:89:13: make(map[interface {}][]string) does not escape
./issue19359.go:90:17: "abc" escapes to heap
