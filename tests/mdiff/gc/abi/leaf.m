./leaf.go:34:13: ... argument does not escape
./leaf.go:34:14: y escapes to heap
./leaf.go:34:14: z escapes to heap
