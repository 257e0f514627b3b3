./issue12226.go:12:11: ([]byte)("foo") does not escape
./issue12226.go:12:31: ([]byte)("b") does not escape
./issue12226.go:13:14: ... argument does not escape
./issue12226.go:13:15: "BUG: \"foo\" and \"b\" appear to have the same first byte" escapes to heap
