./bug185.go:27:8: "fail" escapes to heap
./bug185.go:33:8: "fail" escapes to heap
