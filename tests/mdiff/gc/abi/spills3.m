./spills3.go:22:13: px does not escape
./spills3.go:46:13: ... argument does not escape
./spills3.go:46:14: y escapes to heap
./spills3.go:46:14: z escapes to heap
