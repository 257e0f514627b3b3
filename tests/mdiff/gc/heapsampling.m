./heapsampling.go:75:13: new([17408]byte) escapes to heap
./heapsampling.go:76:12: new([1024]byte) escapes to heap
./heapsampling.go:77:13: new([18432]byte) escapes to heap
./heapsampling.go:78:13: new([512]byte) escapes to heap
./heapsampling.go:79:13: new([16384]byte) escapes to heap
./heapsampling.go:80:13: new([256]byte) escapes to heap
./heapsampling.go:261:19: records does not escape
./heapsampling.go:261:55: function does not escape
./heapsampling.go:262:11: make(map[int]allocStat) escapes to heap
./heapsampling.go:204:17: leaking param: fname
./heapsampling.go:204:39: leaking param: testName
./heapsampling.go:204:68: leaking param: got
./heapsampling.go:219:20: ... argument does not escape
./heapsampling.go:219:21: fname escapes to heap
./heapsampling.go:219:21: ln escapes to heap
./heapsampling.go:219:21: testName escapes to heap
./heapsampling.go:219:83: want - margin escapes to heap
./heapsampling.go:219:96: want + margin escapes to heap
./heapsampling.go:219:96: got escapes to heap
./heapsampling.go:164:23: records does not escape
./heapsampling.go:164:59: leaking param content: frames
./heapsampling.go:164:89: size does not escape
./heapsampling.go:165:35: map[int][]int64{} does not escape
./heapsampling.go:166:33: map[int][]int64{} does not escape
./heapsampling.go:167:23: []int64{} escapes to heap
./heapsampling.go:243:11: make([]runtime.MemProfileRecord, n + 50) escapes to heap
./heapsampling.go:50:20: []string{...} does not escape
./heapsampling.go:133:12: new([1024]byte) escapes to heap
./heapsampling.go:134:13: new([512]byte) escapes to heap
./heapsampling.go:135:13: new([256]byte) escapes to heap
./heapsampling.go:109:18: []int64{...} does not escape
./heapsampling.go:110:20: []string{...} does not escape
./heapsampling.go:34:18: err.Error() escapes to heap
./heapsampling.go:37:18: err.Error() escapes to heap
