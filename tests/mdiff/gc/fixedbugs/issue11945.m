./issue11945.go:72:21: fmt.Sprintf("%s: %v (%T) != %v (%T)", ... argument...) escapes to heap
./issue11945.go:72:21: ... argument does not escape
./issue11945.go:72:52: test.code escapes to heap
