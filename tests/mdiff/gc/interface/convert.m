./convert.go:22:7: leaking param: t to result ~r0 level=0
./convert.go:25:7: t does not escape
./convert.go:31:7: leaking param: u to result ~r0 level=0
./convert.go:43:12: s does not escape
./convert.go:46:8: "fail" escapes to heap
./convert.go:53:8: "fail" escapes to heap
./convert.go:59:8: "not true" escapes to heap
./convert.go:65:8: "not false" escapes to heap
./convert.go:71:2: t escapes to heap
./convert.go:79:2: t escapes to heap
./convert.go:86:2: t escapes to heap
./convert.go:123:2: u escapes to heap
./convert.go:143:2: u escapes to heap
