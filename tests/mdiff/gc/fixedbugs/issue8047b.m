./issue8047b.go:25:7: 1 escapes to heap
./issue8047b.go:12:8: func literal does not escape
