./issue31419.go:50:8: func literal does not escape
./issue31419.go:53:9: "did not panic" escapes to heap
./issue31419.go:36:9: "conversion succeeded" escapes to heap
