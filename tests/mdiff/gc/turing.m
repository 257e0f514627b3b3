./turing.go:42:15: string(a[p]) escapes to heap
./turing.go:53:11: r escapes to heap
