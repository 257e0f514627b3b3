./issue4562.go:35:8: "did not crash" escapes to heap
./issue4562.go:40:9: "cannot find issue4562.go on stack" escapes to heap
./issue4562.go:44:22: fmt.Sprintf("crashed at line %d, wanted line %d", ... argument...) escapes to heap
./issue4562.go:44:22: ... argument does not escape
./issue4562.go:44:23: line escapes to heap
./issue4562.go:44:23: expectLine escapes to heap
./issue4562.go:24:14: ... argument does not escape
./issue4562.go:24:15: "0" escapes to heap
./issue4562.go:26:14: ... argument does not escape
./issue4562.go:26:15: "1" escapes to heap
./issue4562.go:28:14: ... argument does not escape
./issue4562.go:28:15: "2" escapes to heap
./issue4562.go:30:13: ... argument does not escape
./issue4562.go:30:14: "finished" escapes to heap
