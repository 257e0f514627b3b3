./issue14651.go:61:20: fmt.Sprintf("%08x != %08x\n", ... argument...) escapes to heap
./issue14651.go:61:20: ... argument does not escape
./issue14651.go:61:21: abits escapes to heap
./issue14651.go:61:21: bbits escapes to heap
./issue14651.go:69:20: fmt.Sprintf("%016x != %016x\n", ... argument...) escapes to heap
./issue14651.go:69:20: ... argument does not escape
./issue14651.go:69:21: abits escapes to heap
./issue14651.go:69:21: bbits escapes to heap
