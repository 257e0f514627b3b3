./bug234.go:15:8: "fail" escapes to heap
./bug234.go:21:8: "fail" escapes to heap
