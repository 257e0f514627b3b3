./bug102.go:11:13: string(b[0:]) does not escape
./bug102.go:13:8: "bad convert" escapes to heap
./bug102.go:16:11: string(b1[0:]) does not escape
./bug102.go:17:8: "bad convert 1" escapes to heap
./bug102.go:19:15: make([]byte, 5) does not escape
./bug102.go:23:11: string(b2) does not escape
./bug102.go:24:8: "bad convert 2" escapes to heap
