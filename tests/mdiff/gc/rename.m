./rename.go:57:14: ... argument does not escape
./rename.go:57:15: "BUG: wrong n" escapes to heap
./rename.go:57:15: n escapes to heap
./rename.go:57:45: NUM * (NUM - 1) / 2 escapes to heap
