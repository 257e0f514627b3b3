./issue26495.go:16:8: "FAIL: wrong evaluation order" escapes to heap
./issue26495.go:24:35: "FAIL: D should not be called" escapes to heap
