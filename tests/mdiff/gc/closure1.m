./closure1.go:11:2: func literal does not escape
./closure1.go:14:2: func literal does not escape
./closure1.go:16:9: "x != 1" escapes to heap
