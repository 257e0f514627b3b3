./literal.go:13:24: msg does not escape
./literal.go:227:8: "literal failed" escapes to heap
