./bug442.go:20:16: map[T]int{} does not escape
./bug442.go:21:7: 1 escapes to heap
./bug442.go:22:7: 2 escapes to heap
./bug442.go:23:7: 1 escapes to heap
