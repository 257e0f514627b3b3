./issue30956.go:22:9: leaking param: x
./issue30956.go:23:13: ... argument does not escape
./issue30956.go:28:4: struct { A int }{...} escapes to heap
