./issue5607.go:13:31: map[string]string{...} does not escape
./issue5607.go:15:18: func literal does not escape
./issue5607.go:32:7: "omg" escapes to heap
