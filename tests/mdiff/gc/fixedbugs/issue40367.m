./issue40367.go:10:18: []int32{...} does not escape
./issue40367.go:15:9: "" escapes to heap
