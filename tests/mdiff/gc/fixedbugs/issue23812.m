./issue23812.go:15:20: fmt.Sprintf("want %x, got %x", ... argument...) escapes to heap
./issue23812.go:15:20: ... argument does not escape
./issue23812.go:15:21: want escapes to heap
./issue23812.go:15:21: got escapes to heap
