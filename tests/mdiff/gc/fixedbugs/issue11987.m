./issue11987.go:19:18: ... argument does not escape
./issue11987.go:19:31: v >> 32 == 0 escapes to heap
./issue11987.go:21:13: ... argument does not escape
./issue11987.go:21:14: s escapes to heap
