./indirect.go:51:8: "fail" escapes to heap
./indirect.go:59:8: "fail" escapes to heap
./indirect.go:67:8: "fail" escapes to heap
./indirect.go:75:8: "fail" escapes to heap
./indirect.go:83:8: "fail" escapes to heap
./indirect.go:14:39: map[string]int{...} escapes to heap
