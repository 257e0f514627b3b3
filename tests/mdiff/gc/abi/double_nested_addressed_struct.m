./double_nested_addressed_struct.go:48:8: leaking param content: spp
./double_nested_addressed_struct.go:35:8: leaking param: spp
./double_nested_addressed_struct.go:37:55: spp.x.a + " " + spp.x.b + " " + spp.y.a + " " + spp.y.b escapes to heap
./double_nested_addressed_struct.go:42:8: leaking param: d to result ~r0 level=0
./double_nested_addressed_struct.go:42:11: leaking param: c to result ~r0 level=0
./double_nested_addressed_struct.go:42:14: leaking param: b to result ~r0 level=0
./double_nested_addressed_struct.go:42:17: leaking param: a to result ~r0 level=0
./double_nested_addressed_struct.go:58:16: leaking param: got
./double_nested_addressed_struct.go:58:21: leaking param: want
./double_nested_addressed_struct.go:60:13: ... argument does not escape
./double_nested_addressed_struct.go:60:14: got escapes to heap
./double_nested_addressed_struct.go:60:14: want escapes to heap
