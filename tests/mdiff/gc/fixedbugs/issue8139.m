./issue8139.go:48:13: ... argument does not escape
./issue8139.go:48:14: x escapes to heap
./issue8139.go:48:14: y escapes to heap
