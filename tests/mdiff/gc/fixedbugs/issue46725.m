./issue46725.go:14:8: leaking param: x to result ~r0 level=0
./issue46725.go:14:8: leaking param: x to result ~r1 level=0
./issue46725.go:38:11: done does not escape
./issue46725.go:21:34: p does not escape
./issue46725.go:18:14: &T{...} escapes to heap
./issue46725.go:21:29: func literal escapes to heap
./issue46725.go:23:26: .autotmp_3 does not escape
./issue46725.go:23:26: .autotmp_4 does not escape
./issue46725.go:26:8: "GC'd early" escapes to heap
./issue46725.go:30:8: "lost Jenny's number" escapes to heap
./issue46725.go:34:8: "never GC'd" escapes to heap
