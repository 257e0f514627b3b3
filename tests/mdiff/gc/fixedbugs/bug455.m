./bug455.go:21:9: &test_t{} escapes to heap
./bug455.go:48:7: leaking param: t to result ~r0 level=0
./bug455.go:44:8: "Result returned false unexpectedly" escapes to heap
./bug455.go:52:7: t does not escape
