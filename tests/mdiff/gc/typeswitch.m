./typeswitch.go:38:21: s does not escape
./typeswitch.go:48:10: true escapes to heap
./typeswitch.go:50:10: 7 escapes to heap
./typeswitch.go:52:10: 7.4 escapes to heap
./typeswitch.go:54:10: "hello" escapes to heap
./typeswitch.go:56:10: s escapes to heap
./typeswitch.go:60:10: a escapes to heap
./typeswitch.go:66:7: "bad type number" escapes to heap
./typeswitch.go:36:13: make(map[string]int) escapes to heap
