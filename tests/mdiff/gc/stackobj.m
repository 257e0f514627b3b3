./stackobj.go:53:8: s does not escape
./stackobj.go:45:33: h does not escape
./stackobj.go:44:11: new(HeapObj) escapes to heap
./stackobj.go:45:28: func literal escapes to heap
./stackobj.go:35:8: "heap object never collected" escapes to heap
./stackobj.go:38:20: fmt.Sprintf("expected collection at phase 1, got phase %d", ... argument...) escapes to heap
./stackobj.go:38:20: ... argument does not escape
./stackobj.go:38:21: c escapes to heap
