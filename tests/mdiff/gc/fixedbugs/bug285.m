./bug285.go:17:7: t does not escape
./bug285.go:22:12: make(map[B]int) does not escape
./bug285.go:28:12: make(map[Z]int) does not escape
./bug285.go:34:12: make(map[S]int) does not escape
./bug285.go:43:12: make(map[P]int) does not escape
./bug285.go:46:5: &T{...} escapes to heap
./bug285.go:50:12: make(map[C]int) does not escape
./bug285.go:59:23: z escapes to heap
./bug285.go:61:12: make(map[interface {}]int) does not escape
./bug285.go:62:12: make(map[I1]int) does not escape
./bug285.go:63:12: make(map[I2]int) does not escape
./bug285.go:66:5: z escapes to heap
./bug285.go:67:8: new(struct { x int }) escapes to heap
./bug285.go:71:2: false escapes to heap
./bug285.go:72:2: 17 escapes to heap
./bug285.go:73:2: "foo" escapes to heap
./bug285.go:77:8: new(struct { x int }) escapes to heap
./bug285.go:80:2: false escapes to heap
./bug285.go:81:2: 17 escapes to heap
./bug285.go:82:2: "foo" escapes to heap
./bug285.go:84:8: new(T2) escapes to heap
