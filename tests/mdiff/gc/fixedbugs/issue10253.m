./issue10253.go:13:8: "wrong value" escapes to heap
