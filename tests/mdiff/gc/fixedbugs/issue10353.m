./issue10353.go:28:11: leaking param: x
./issue10353.go:29:7: func literal escapes to heap
./issue10353.go:37:5: func literal escapes to heap
./issue10353.go:25:7: x does not escape
./issue10353.go:15:5: func literal escapes to heap
./issue10353.go:16:11: new(X) escapes to heap
./issue10353.go:17:9: x.foo escapes to heap
