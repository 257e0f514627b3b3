./bug075.go:11:10: new(T) does not escape
./bug075.go:12:12: make(map[int]int) escapes to heap
