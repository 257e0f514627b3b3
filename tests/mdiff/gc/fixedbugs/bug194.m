./bug194.go:23:8: "fail" escapes to heap
./bug194.go:13:12: T5{...} escapes to heap
./bug194.go:16:12: T5{...} escapes to heap
