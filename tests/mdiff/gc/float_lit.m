./float_lit.go:201:8: "float_lit" escapes to heap
