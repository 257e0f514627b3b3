./closure.go:15:12: a does not escape
./closure.go:20:9: "fail" escapes to heap
./closure.go:30:7: func literal does not escape
./closure.go:33:8: func literal does not escape
./closure.go:45:12: moved to heap: n
./closure.go:46:9: func literal escapes to heap
./closure.go:52:8: a does not escape
./closure.go:52:11: b does not escape
./closure.go:65:7: func literal does not escape
./closure.go:66:8: func literal does not escape
./closure.go:81:39: func literal escapes to heap
./closure.go:122:7: func literal does not escape
./closure.go:88:13: []int{...} does not escape
./closure.go:93:13: []int{...} does not escape
./closure.go:96:13: []int{...} does not escape
./closure.go:98:17: new(runtime.MemStats) does not escape
./closure.go:117:8: "fail" escapes to heap
