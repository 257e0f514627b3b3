./issue22662.go:17:12: leaking param: file
./issue22662.go:20:8: "runtime.Caller(1) failed" escapes to heap
./issue22662.go:23:20: fmt.Sprintf("got %s:%d; want %s:%d", ... argument...) escapes to heap
./issue22662.go:23:20: ... argument does not escape
./issue22662.go:23:21: f escapes to heap
./issue22662.go:23:21: l escapes to heap
./issue22662.go:23:21: file escapes to heap
./issue22662.go:23:21: line escapes to heap
