./issue15039.go:15:15: string(u) does not escape
./issue15039.go:17:8: "big != bad" escapes to heap
