./const4.go:43:10: new([50]int) escapes to heap
./const4.go:57:10: new([70]int) escapes to heap
./const4.go:64:8: "fail" escapes to heap
./const4.go:68:8: "fail" escapes to heap
./const4.go:72:8: "fail" escapes to heap
./const4.go:76:8: "fail" escapes to heap
./const4.go:80:8: "fail" escapes to heap
./const4.go:40:9: func literal does not escape
./const4.go:54:10: func literal does not escape
