./bug271.go:16:17: ... argument does not escape
./bug271.go:16:17: .autotmp_0 escapes to heap
./bug271.go:16:17: .autotmp_1 escapes to heap
