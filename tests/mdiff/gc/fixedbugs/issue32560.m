./issue32560.go:20:8: 1 escapes to heap
./issue32560.go:23:8: 2 escapes to heap
./issue32560.go:30:8: 3 escapes to heap
./issue32560.go:33:8: 4 escapes to heap
./issue32560.go:40:8: 5 escapes to heap
./issue32560.go:43:8: 6 escapes to heap
