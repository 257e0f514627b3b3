./issue48289.go:18:8: moved to heap: x
./issue48289.go:25:21: fmt.Sprintf("got *ptr %d, want %d", ... argument...) escapes to heap
./issue48289.go:25:21: ... argument does not escape
./issue48289.go:25:46: *ptr escapes to heap
./issue48289.go:25:46: i escapes to heap
