./issue28390.go:20:18: leaking param: s
./issue28390.go:23:12: make(map[string]string) escapes to heap
./issue28390.go:32:21: leaking param: a
./issue28390.go:33:13: ... argument does not escape
./issue28390.go:33:13: x escapes to heap
./issue28390.go:34:13: ... argument does not escape
./issue28390.go:38:9: .autotmp_1 escapes to heap
