./simassign.go:51:8: "init val\n" escapes to heap
./simassign.go:60:9: "fail" escapes to heap
./simassign.go:67:8: "fail" escapes to heap
./simassign.go:72:8: "bad swap" escapes to heap
./simassign.go:77:8: "bad swap" escapes to heap
