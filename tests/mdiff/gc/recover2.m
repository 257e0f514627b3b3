./recover2.go:28:18: s does not escape
./recover2.go:31:8: "expected panic" escapes to heap
./recover2.go:34:37: "want: " + s + "; have: " + e escapes to heap
./recover2.go:34:35: "want: " + s + "; have: " + e escapes to heap
./recover2.go:57:6: 1 does not escape
./recover2.go:69:22: x does not escape
./recover2.go:76:22: x escapes to heap
./recover2.go:77:11: make(map[interface {}]int) does not escape
./recover2.go:16:13: make([]byte, 10) escapes to heap
