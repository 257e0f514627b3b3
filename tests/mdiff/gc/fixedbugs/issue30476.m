./issue30476.go:14:10: new([10]int) escapes to heap
./issue30476.go:15:26: func literal escapes to heap
./issue30476.go:15:48: "FAIL: finalizer runs" escapes to heap
./issue30476.go:16:7: &T{...} does not escape
