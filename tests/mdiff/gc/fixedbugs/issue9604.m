./issue9604.go:18:8: "^uint16(0xffff) != 0" escapes to heap
./issue9604.go:21:8: "^uint16(0xfffe) != 1" escapes to heap
./issue9604.go:24:8: "-uint16(0xffff) != 1" escapes to heap
./issue9604.go:27:8: "0x7000+0x9000 != 0" escapes to heap
