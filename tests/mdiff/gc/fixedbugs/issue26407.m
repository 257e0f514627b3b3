./issue26407.go:38:14: leaking param: x to result ~r0 level=1
./issue26407.go:41:8: "not possible" escapes to heap
./issue26407.go:46:8: "not possible" escapes to heap
./issue26407.go:33:8: "not possible" escapes to heap
