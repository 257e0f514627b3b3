./issue19040.go:28:8: func literal does not escape
./issue19040.go:32:14: ... argument does not escape
./issue19040.go:32:15: got escapes to heap
./issue19040.go:32:15: want escapes to heap
