./switch.go:13:24: msg does not escape
./switch.go:16:8: 1 escapes to heap
./switch.go:269:14: func literal does not escape
./switch.go:275:18: make(map[int]int) does not escape
./switch.go:281:18: make([]int, 1) does not escape
./switch.go:288:25: (interface {})("hello") does not escape
./switch.go:299:25: (interface {})(true) does not escape
./switch.go:314:25: (interface {})(float64(1.0)) does not escape
