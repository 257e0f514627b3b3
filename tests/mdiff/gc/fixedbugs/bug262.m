./bug262.go:23:6: moved to heap: x
./bug262.go:34:6: moved to heap: i
./bug262.go:39:11: make(map[string]int) does not escape
./bug262.go:43:8: "fail" escapes to heap
./bug262.go:45:12: make(map[string]error) does not escape
./bug262.go:51:8: "fail" escapes to heap
