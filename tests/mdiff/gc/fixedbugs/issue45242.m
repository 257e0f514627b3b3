./issue45242.go:12:12: b does not escape
./issue45242.go:26:20: fmt.Sprintf("got %v, want %v\n", ... argument...) escapes to heap
./issue45242.go:26:20: ... argument does not escape
./issue45242.go:26:21: b escapes to heap
./issue45242.go:26:21: want escapes to heap
