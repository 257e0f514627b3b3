./issue49512.go:13:7: s does not escape
./issue49512.go:18:7: s does not escape
./issue49512.go:28:9: &C{} escapes to heap
./issue49512.go:31:7: leaking param content: c
./issue49512.go:31:7: leaking param: c to result ~r0 level=0
./issue49512.go:31:17: leaking param: fn
./issue49512.go:36:7: c does not escape
./issue49512.go:48:7: &S{} escapes to heap
./issue49512.go:49:20: s.M1 escapes to heap
./issue49512.go:49:30: s.M2 escapes to heap
./issue49512.go:52:8: "missed method call" escapes to heap
