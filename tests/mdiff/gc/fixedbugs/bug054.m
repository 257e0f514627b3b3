./bug054.go:16:7: leaking param: v to result ~r0 level=2
./bug054.go:25:7: leaking param: s to result ~r0 level=3
./bug054.go:30:10: new(Vector) escapes to heap
./bug054.go:31:15: make([]Element, 10) escapes to heap
./bug054.go:32:10: new(TStruct) escapes to heap
./bug054.go:35:10: new(TStruct) does not escape
./bug054.go:39:8: "bad name" escapes to heap
