./bigmap.go:24:9: "BUG mismatch" escapes to heap
./bigmap.go:30:11: make(map[int][1000]byte) does not escape
./bigmap.go:43:12: make(map[T]V) does not escape
./bigmap.go:48:9: "bad map" escapes to heap
./bigmap.go:54:12: make(map[T]V) does not escape
./bigmap.go:59:9: "bad map" escapes to heap
./bigmap.go:65:12: make(map[T]V) does not escape
./bigmap.go:70:9: "bad map" escapes to heap
./bigmap.go:76:12: make(map[T]V) does not escape
./bigmap.go:81:9: "bad map" escapes to heap
./bigmap.go:87:12: make(map[T]V) does not escape
./bigmap.go:92:9: "bad map" escapes to heap
./bigmap.go:98:12: make(map[T]V) does not escape
./bigmap.go:103:9: "bad map" escapes to heap
./bigmap.go:109:12: make(map[T]V) does not escape
./bigmap.go:114:9: "bad map" escapes to heap
./bigmap.go:120:12: make(map[T]V) does not escape
./bigmap.go:125:9: "bad map" escapes to heap
./bigmap.go:131:12: make(map[T]V) does not escape
./bigmap.go:136:9: "bad map" escapes to heap
