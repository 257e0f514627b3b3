./alias1.go:15:2: byte(1) does not escape
./alias1.go:20:8: "byte != uint8" escapes to heap
./alias1.go:23:2: uint8(2) does not escape
./alias1.go:28:8: "uint8 != byte" escapes to heap
./alias1.go:32:2: rune(3) does not escape
./alias1.go:40:8: "rune != int and rune != int32" escapes to heap
./alias1.go:44:3: int32(4) does not escape
./alias1.go:46:3: int(5) does not escape
./alias1.go:52:8: "int (or int32) != rune" escapes to heap
