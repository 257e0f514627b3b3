./issue48473.go:25:20: fmt.Sprintf("want %x got %x", ... argument...) escapes to heap
./issue48473.go:25:20: ... argument does not escape
./issue48473.go:25:21: want escapes to heap
./issue48473.go:25:21: got escapes to heap
./issue48473.go:28:20: fmt.Sprintf("want %x got %x", ... argument...) escapes to heap
./issue48473.go:28:20: ... argument does not escape
./issue48473.go:28:21: want escapes to heap
./issue48473.go:28:21: got escapes to heap
