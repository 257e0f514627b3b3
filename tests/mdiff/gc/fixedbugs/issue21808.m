./issue21808.go:14:13: ... argument does not escape
./issue21808.go:14:14: "A" escapes to heap
./issue21808.go:16:13: ... argument does not escape
./issue21808.go:16:14: "B" escapes to heap
