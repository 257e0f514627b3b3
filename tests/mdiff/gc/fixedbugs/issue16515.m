./issue16515.go:18:11: x does not escape
./issue16515.go:37:6: moved to heap: s
./issue16515.go:43:8: "zeroing failed" escapes to heap
./issue16515.go:51:8: "zeroing failed" escapes to heap
