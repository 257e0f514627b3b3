./result_regalloc.go:18:19: leaking param: x
./result_regalloc.go:19:11: bb{...} escapes to heap
./result_regalloc.go:22:7: b does not escape
./result_regalloc.go:31:8: leaking param: r
./result_regalloc.go:36:16: []float64{...} escapes to heap
./result_regalloc.go:44:8: "FAIL" escapes to heap
