./struct0.go:13:11: c does not escape
./struct0.go:19:12: c does not escape
./struct0.go:21:7: (<-c).(struct {}) escapes to heap
./struct0.go:31:15: struct {}{} escapes to heap
./struct0.go:33:15: struct {}{} escapes to heap
./struct0.go:17:13: make(map[interface {}]int) escapes to heap
