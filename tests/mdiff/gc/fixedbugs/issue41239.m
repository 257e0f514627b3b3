./issue41239.go:17:20: fmt.Sprintf("different capacity on append: %d vs %d", ... argument...) escapes to heap
./issue41239.go:17:20: ... argument does not escape
./issue41239.go:17:21: x escapes to heap
./issue41239.go:17:21: y escapes to heap
