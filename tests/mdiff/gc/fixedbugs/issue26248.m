./issue26248.go:25:10: T{} escapes to heap
./issue26248.go:32:10: G().M does not escape
./issue26248.go:37:8: "FAIL" escapes to heap
