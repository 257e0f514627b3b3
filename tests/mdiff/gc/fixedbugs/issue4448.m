./issue4448.go:24:8: "bit: MinPos(0) undefined" escapes to heap
./issue4448.go:34:9: "MinPos(1<<uint(i)) != i" escapes to heap
./issue4448.go:18:9: index bounds check elided
./issue4448.go:26:15: index bounds check elided
