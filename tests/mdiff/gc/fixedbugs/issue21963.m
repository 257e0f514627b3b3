./issue21963.go:15:8: x does not escape
./issue21963.go:15:19: y does not escape
./issue21963.go:25:20: fmt.Sprintf("wanted %d, got %d", ... argument...) escapes to heap
./issue21963.go:25:20: ... argument does not escape
./issue21963.go:25:21: want escapes to heap
./issue21963.go:25:21: got escapes to heap
