./decl.go:38:8: "fail" escapes to heap
