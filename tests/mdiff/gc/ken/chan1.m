./chan1.go:18:8: c does not escape
./chan1.go:27:10: "fail" escapes to heap
./chan1.go:34:8: c does not escape
./chan1.go:39:9: "fail" escapes to heap
