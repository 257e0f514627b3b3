./issue17640.go:17:39: results + fmt.Sprintf("_%d", ... argument...) escapes to heap
./issue17640.go:17:52: ... argument does not escape
./issue17640.go:17:53: x escapes to heap
./issue17640.go:23:17: map[int]int{...} does not escape
./issue17640.go:25:13: ... argument does not escape
./issue17640.go:25:14: results escapes to heap
./issue17640.go:26:8: "fail" escapes to heap
