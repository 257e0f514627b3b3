./too_big_to_ssa.go:25:8: x does not escape
./too_big_to_ssa.go:26:31: x.a + " " + x.b + " " + x.c escapes to heap
./too_big_to_ssa.go:31:8: leaking param: a to result ~r0 level=0
./too_big_to_ssa.go:31:11: leaking param: b to result ~r0 level=0
./too_big_to_ssa.go:31:14: leaking param: c to result ~r0 level=0
./too_big_to_ssa.go:44:16: leaking param: got
./too_big_to_ssa.go:44:21: leaking param: want
./too_big_to_ssa.go:46:13: ... argument does not escape
./too_big_to_ssa.go:46:14: got escapes to heap
./too_big_to_ssa.go:46:14: want escapes to heap
./too_big_to_ssa.go:38:13: ... argument does not escape
./too_big_to_ssa.go:38:13: s escapes to heap
./too_big_to_ssa.go:41:13: ... argument does not escape
./too_big_to_ssa.go:41:13: t escapes to heap
