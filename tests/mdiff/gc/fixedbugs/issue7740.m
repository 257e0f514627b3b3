./issue7740.go:33:13: ... argument does not escape
./issue7740.go:33:14: p escapes to heap
./issue7740.go:33:14: prec escapes to heap
