./t4_maphash.go:18:17: ([]byte)("hello, world") does not escape
./t4_maphash.go:19:13: ... argument does not escape
./t4_maphash.go:19:25: (*maphash.Hash).Sum64(h1) == (*maphash.Hash).Sum64(h2) escapes to heap
./t4_maphash.go:21:13: ... argument does not escape
./t4_maphash.go:21:25: (*maphash.Hash).Sum64(h1) == (*maphash.Hash).Sum64(h2) escapes to heap
./t4_maphash.go:24:13: ... argument does not escape
./t4_maphash.go:24:25: (*maphash.Hash).Sum64(h1) == maphash.String(seed, "hello, world") escapes to heap
./t4_maphash.go:25:13: ... argument does not escape
./t4_maphash.go:25:49: maphash.Bytes(seed, ([]byte)("abc")) == maphash.String(seed, "abc") escapes to heap
./t4_maphash.go:25:40: ([]byte)("abc") does not escape
./t4_maphash.go:26:25: map[uint64]bool{} does not escape
./t4_maphash.go:28:39: ... argument does not escape
./t4_maphash.go:28:39: i escapes to heap
./t4_maphash.go:30:13: ... argument does not escape
./t4_maphash.go:30:17: len(seen) escapes to heap
./t4_maphash.go:31:14: make([]byte, 300) does not escape
./t4_maphash.go:37:13: ... argument does not escape
./t4_maphash.go:37:16: a == maphash.Bytes(seed, long) escapes to heap
./t4_maphash.go:37:49: len((*maphash.Hash).Sum(h1, nil)) escapes to heap
./t4_maphash.go:37:71: (*maphash.Hash).Size(h1) escapes to heap
./t4_maphash.go:37:87: (*maphash.Hash).BlockSize(h1) escapes to heap
./t4_maphash.go:40:13: ... argument does not escape
./t4_maphash.go:40:32: (*syntax.Regexp).MaxCap(re) escapes to heap
./t4_maphash.go:42:13: ... argument does not escape
./t4_maphash.go:42:34: len(prog.Inst) > 0 escapes to heap
./t4_maphash.go:42:53: (*syntax.Prog).StartCond(prog) escapes to heap
./t4_maphash.go:44:13: ... argument does not escape
