./issue11369.go:19:8: "expected 0" escapes to heap
./issue11369.go:22:8: "expected 1" escapes to heap
./issue11369.go:25:8: "expected 5" escapes to heap
