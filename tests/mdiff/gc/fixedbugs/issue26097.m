./issue26097.go:38:8: "CMOVQEQF causes incorrect code" escapes to heap
./issue26097.go:41:8: "CMOVQEQF causes incorrect code" escapes to heap
./issue26097.go:44:8: "CMOVQEQF causes incorrect code" escapes to heap
