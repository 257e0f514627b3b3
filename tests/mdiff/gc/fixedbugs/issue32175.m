./issue32175.go:11:11: moved to heap: x
./issue32175.go:12:8: func literal does not escape
./issue32175.go:13:10: func literal escapes to heap
