./issue18149.go:18:12: leaking param: file
./issue18149.go:21:8: "runtime.Caller(1) failed" escapes to heap
./issue18149.go:24:20: fmt.Sprintf("got %s:%d; want %s:%d", ... argument...) escapes to heap
./issue18149.go:24:20: ... argument does not escape
./issue18149.go:24:21: f escapes to heap
./issue18149.go:24:21: l escapes to heap
./issue18149.go:24:21: file escapes to heap
./issue18149.go:24:21: line escapes to heap
