./gcstring.go:36:13: make([]byte, 128) does not escape
./gcstring.go:39:14: string(buf) escapes to heap
./gcstring.go:40:8: &T{...} escapes to heap
./gcstring.go:40:19: new(*int) escapes to heap
./gcstring.go:41:31: func literal escapes to heap
./gcstring.go:41:50: "*int freed too early" escapes to heap
./gcstring.go:43:33: s[len(s):] escapes to heap
