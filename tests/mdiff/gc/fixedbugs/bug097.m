./bug097.go:14:11: A{...} escapes to heap
./bug097.go:17:8: "fail a[0][0]" escapes to heap
./bug097.go:20:8: "fail a[1][0]" escapes to heap
./bug097.go:23:8: "fail a[2][0]" escapes to heap
