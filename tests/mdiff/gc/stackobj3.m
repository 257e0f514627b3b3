./stackobj3.go:37:10: p does not escape
./stackobj3.go:41:8: leaking param: s
./stackobj3.go:65:33: h does not escape
./stackobj3.go:62:11: new(HeapObj) escapes to heap
./stackobj3.go:65:28: func literal escapes to heap
./stackobj3.go:71:8: "bad liveness" escapes to heap
./stackobj3.go:80:33: h does not escape
./stackobj3.go:77:11: new(HeapObj) escapes to heap
./stackobj3.go:80:28: func literal escapes to heap
./stackobj3.go:86:8: "bad liveness" escapes to heap
