./issue32477.go:22:7: h does not escape
./issue32477.go:27:7: h does not escape
./issue32477.go:58:8: h does not escape
./issue32477.go:62:8: func literal does not escape
./issue32477.go:47:31: h does not escape
./issue32477.go:45:10: new(HeapObj) escapes to heap
./issue32477.go:47:26: func literal escapes to heap
./issue32477.go:54:9: err escapes to heap
