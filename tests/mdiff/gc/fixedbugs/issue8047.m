./issue8047.go:20:8: func literal does not escape
./issue8047.go:24:9: "defer of nil func didn't panic" escapes to heap
