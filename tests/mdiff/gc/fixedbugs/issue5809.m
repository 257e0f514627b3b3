./issue5809.go:24:14: ... argument does not escape
./issue5809.go:24:14: x escapes to heap
./issue5809.go:25:8: "x != [4]byte{'1','2','3','4'}" escapes to heap
./issue5809.go:18:12: index bounds check elided
./issue5809.go:19:12: index bounds check elided
./issue5809.go:20:12: index bounds check elided
./issue5809.go:21:12: index bounds check elided
