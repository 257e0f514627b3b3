./issue21879.go:22:6: moved to heap: pcs
./issue21879.go:35:7: leaking param: c to result ~r0 level=0
