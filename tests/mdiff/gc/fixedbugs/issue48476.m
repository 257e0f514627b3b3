./issue48476.go:19:20: fmt.Sprintf("want %x got %x", ... argument...) escapes to heap
./issue48476.go:19:20: ... argument does not escape
./issue48476.go:19:21: want escapes to heap
./issue48476.go:19:21: got escapes to heap
