./issue12133.go:18:14: ... argument does not escape
./issue12133.go:18:15: "got" escapes to heap
./issue12133.go:18:15: got escapes to heap
./issue12133.go:18:27: ", wanted" escapes to heap
./issue12133.go:18:27: want escapes to heap
./issue12133.go:19:8: "bad" escapes to heap
