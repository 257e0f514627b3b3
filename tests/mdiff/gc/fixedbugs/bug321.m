./bug321.go:13:12: leaking param: test
./bug321.go:15:14: ... argument does not escape
./bug321.go:15:14: test escapes to heap
./bug321.go:15:21: "got" escapes to heap
./bug321.go:15:21: got escapes to heap
./bug321.go:15:33: "want" escapes to heap
./bug321.go:15:33: want escapes to heap
./bug321.go:28:8: "fail" escapes to heap
