./iota.go:11:24: msg does not escape
./iota.go:14:8: 1 escapes to heap
