./issue16130.go:24:8: func literal does not escape
./issue16130.go:27:9: "expected panic" escapes to heap
./issue16130.go:31:21: fmt.Sprintf("got %T, expected runtime.Error", ... argument...) escapes to heap
./issue16130.go:31:21: ... argument does not escape
./issue16130.go:34:21: fmt.Sprintf("got %q, expected interface conversion error", ... argument...) escapes to heap
./issue16130.go:34:21: ... argument does not escape
./issue16130.go:34:77: re.Error() escapes to heap
./issue16130.go:37:20: (interface {})(0) escapes to heap
./issue16130.go:39:8: "unexpected interface conversion success" escapes to heap
./issue16130.go:41:13: ... argument does not escape
./issue16130.go:42:7: "unexpected interface conversion success" escapes to heap
