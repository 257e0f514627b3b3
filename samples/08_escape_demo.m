./08_escape_demo.go:13:12: ... argument does not escape
./08_escape_demo.go:13:13: localVar escapes to heap
./08_escape_demo.go:13:48: *heapVar escapes to heap
