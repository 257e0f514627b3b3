./issue14725.go:11:12: moved to heap: x
./issue14725.go:13:9: func literal escapes to heap
./issue14725.go:23:12: moved to heap: x
./issue14725.go:25:8: func literal does not escape
./issue14725.go:32:18: moved to heap: x
./issue14725.go:34:8: func literal does not escape
./issue14725.go:46:20: fmt.Sprintf("f1 returned %d, wanted 1", ... argument...) escapes to heap
./issue14725.go:46:20: ... argument does not escape
./issue14725.go:46:21: x escapes to heap
./issue14725.go:49:20: fmt.Sprintf("f2 returned %d, wanted 1", ... argument...) escapes to heap
./issue14725.go:49:20: ... argument does not escape
./issue14725.go:49:21: x escapes to heap
./issue14725.go:52:20: fmt.Sprintf("f3(true) returned %d, wanted 1", ... argument...) escapes to heap
./issue14725.go:52:20: ... argument does not escape
./issue14725.go:52:21: x escapes to heap
./issue14725.go:55:20: fmt.Sprintf("f3(false) returned %d, wanted 1", ... argument...) escapes to heap
./issue14725.go:55:20: ... argument does not escape
./issue14725.go:55:21: x escapes to heap
