./struct_lower_1.go:29:13: ... argument does not escape
./struct_lower_1.go:29:25: passStruct6(Struct6{...}) escapes to heap
