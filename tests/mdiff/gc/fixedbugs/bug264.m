./bug264.go:36:8: "fooCount != 1" escapes to heap
./bug264.go:39:8: "barCount != 1" escapes to heap
./bug264.go:42:8: "balCount != 1" escapes to heap
