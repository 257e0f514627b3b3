./varinit.go:15:8: "fail" escapes to heap
./varinit.go:21:9: "fail" escapes to heap
./varinit.go:28:9: "fail" escapes to heap
