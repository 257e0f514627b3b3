./issue15975.go:22:18: f does not escape
./issue15975.go:23:8: func literal does not escape
./issue15975.go:25:9: "did not panic" escapes to heap
./issue15975.go:34:8: "fail" escapes to heap
