./spills4.go:42:13: ... argument does not escape
./spills4.go:42:14: y escapes to heap
./spills4.go:42:14: z escapes to heap
