./issue27829.go:21:13: ... argument does not escape
./issue27829.go:21:14: got escapes to heap
./issue27829.go:21:14: want escapes to heap
./issue27829.go:25:8: "bad" escapes to heap
