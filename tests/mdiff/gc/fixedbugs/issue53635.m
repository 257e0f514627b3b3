./issue53635.go:17:9: "FAIL" escapes to heap
./issue53635.go:23:9: "FAIL" escapes to heap
./issue53635.go:29:9: "FAIL" escapes to heap
