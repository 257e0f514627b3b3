./issue27518b.go:18:7: h does not escape
./issue27518b.go:23:7: h does not escape
./issue27518b.go:61:8: leaking param: p to result v level=1
./issue27518b.go:65:8: func literal does not escape
./issue27518b.go:48:33: h does not escape
./issue27518b.go:46:11: new(HeapObj) escapes to heap
./issue27518b.go:48:28: func literal escapes to heap
./issue27518b.go:57:9: err escapes to heap
