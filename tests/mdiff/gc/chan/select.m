./select.go:19:11: a does not escape
./select.go:19:14: b does not escape
./select.go:44:8: "fail" escapes to heap
./select.go:48:8: "fail" escapes to heap
./select.go:52:8: "fail" escapes to heap
./select.go:56:8: "fail" escapes to heap
