./issue31987.go:16:18: []container{...} does not escape
./issue31987.go:20:19: ... argument does not escape
./issue31987.go:20:63: s[7].Value escapes to heap
