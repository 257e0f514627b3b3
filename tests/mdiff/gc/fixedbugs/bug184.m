./bug184.go:44:18: ... argument does not escape
./bug184.go:44:18: .autotmp_4 escapes to heap
./bug184.go:44:18: .autotmp_5 escapes to heap
./bug184.go:47:8: "fail" escapes to heap
