./issue43619.go:71:30: []testCase{...} does not escape
./issue43619.go:116:21: fmt.Sprintf("want %v, got %v", ... argument...) escapes to heap
./issue43619.go:116:21: ... argument does not escape
./issue43619.go:116:42: t.want escapes to heap
./issue43619.go:116:42: got escapes to heap
