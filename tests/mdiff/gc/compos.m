./compos.go:16:9: &T{...} escapes to heap
./compos.go:23:8: "not allocating & composite literals" escapes to heap
