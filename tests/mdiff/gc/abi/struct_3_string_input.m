./struct_3_string_input.go:27:8: x does not escape
./struct_3_string_input.go:28:31: x.a + " " + x.b + " " + x.c escapes to heap
./struct_3_string_input.go:36:16: leaking param: got
./struct_3_string_input.go:36:21: leaking param: want
./struct_3_string_input.go:38:13: ... argument does not escape
./struct_3_string_input.go:38:14: got escapes to heap
./struct_3_string_input.go:38:14: want escapes to heap
