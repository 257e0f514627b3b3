./leaf2.go:41:13: ... argument does not escape
./leaf2.go:41:14: y escapes to heap
./leaf2.go:41:14: z escapes to heap
