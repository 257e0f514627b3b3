./issue4313.go:24:12: px does not escape
./issue4313.go:20:9: y escapes to heap
