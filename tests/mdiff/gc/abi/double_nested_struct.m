./double_nested_struct.go:34:8: spp does not escape
./double_nested_struct.go:35:55: spp.x.a + " " + spp.x.b + " " + spp.y.a + " " + spp.y.b escapes to heap
./double_nested_struct.go:40:8: leaking param: a to result ~r0 level=0
./double_nested_struct.go:40:11: leaking param: b to result ~r0 level=0
./double_nested_struct.go:40:14: leaking param: c to result ~r0 level=0
./double_nested_struct.go:40:17: leaking param: d to result ~r0 level=0
./double_nested_struct.go:50:16: leaking param: got
./double_nested_struct.go:50:21: leaking param: want
./double_nested_struct.go:52:13: ... argument does not escape
./double_nested_struct.go:52:14: got escapes to heap
./double_nested_struct.go:52:14: want escapes to heap
