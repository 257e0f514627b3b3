./intcvt.go:44:8: "fail" escapes to heap
./intcvt.go:50:8: "fail" escapes to heap
./intcvt.go:56:8: "fail" escapes to heap
./intcvt.go:62:8: "fail" escapes to heap
./intcvt.go:68:8: "fail" escapes to heap
./intcvt.go:74:8: "fail" escapes to heap
./intcvt.go:80:8: "fail" escapes to heap
./intcvt.go:86:8: "fail" escapes to heap
