./issue24817.go:59:30: leaking param: msg
./issue24817.go:61:14: ... argument does not escape
./issue24817.go:61:14: msg escapes to heap
