./bounds_elided.go:22:13: ... argument does not escape
./bounds_elided.go:22:20: string(out[:2]) escapes to heap
./bounds_elided.go:22:20: string(out[:2]) escapes to heap
./bounds_elided.go:22:36: table[0] escapes to heap
./bounds_elided.go:22:46: small[200] escapes to heap
./bounds_elided.go:22:58: small[8] escapes to heap
./bounds_elided.go:13:14: index bounds check elided
./bounds_elided.go:14:14: index bounds check elided
./bounds_elided.go:16:8: index bounds check elided
./bounds_elided.go:20:7: index bounds check elided
./bounds_elided.go:21:7: index bounds check elided
