./issue14553.go:21:3: []struct { value float32; bits uint32 }{...} does not escape
./issue14553.go:42:21: fmt.Sprintf("bits(%g) = 0x%08x; want 0x%08x", ... argument...) escapes to heap
./issue14553.go:42:21: ... argument does not escape
./issue14553.go:42:57: t.value escapes to heap
./issue14553.go:42:57: got escapes to heap
./issue14553.go:42:57: want escapes to heap
