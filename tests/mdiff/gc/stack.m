./stack.go:15:8: c does not escape
./stack.go:30:8: "fail" escapes to heap
./stack.go:65:14: string(b) does not escape
./stack.go:67:8: "bad []byte -> string" escapes to heap
./stack.go:69:6: moved to heap: .autotmp_5
./stack.go:74:8: "fail" escapes to heap
./stack.go:76:7: func literal does not escape
./stack.go:87:8: "fail" escapes to heap
