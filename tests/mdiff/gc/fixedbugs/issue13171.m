./issue13171.go:32:20: fmt.Sprintf("want 10, got %f", ... argument...) escapes to heap
./issue13171.go:32:20: ... argument does not escape
./issue13171.go:32:21: got escapes to heap
