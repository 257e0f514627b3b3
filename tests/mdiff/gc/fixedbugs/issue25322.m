./issue25322.go:18:12: ... argument does not escape
./issue25322.go:18:27: uint64(math.Float32bits(v)) escapes to heap
