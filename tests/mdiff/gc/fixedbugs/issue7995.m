./issue7995.go:21:19: ... argument does not escape
./issue7995.go:21:19: p escapes to heap
./issue7995.go:21:23: *q escapes to heap
