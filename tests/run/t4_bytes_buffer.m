./t4_bytes_buffer.go:12:6: moved to heap: buf
./t4_bytes_buffer.go:46:6: moved to heap: out
./t4_bytes_buffer.go:14:18: ([]byte)("world") does not escape
./t4_bytes_buffer.go:17:13: ... argument does not escape
./t4_bytes_buffer.go:17:27: 42 escapes to heap
./t4_bytes_buffer.go:18:13: ... argument does not escape
./t4_bytes_buffer.go:18:24: (*bytes.Buffer).String(buf) escapes to heap
./t4_bytes_buffer.go:18:35: (*bytes.Buffer).Len(buf) escapes to heap
./t4_bytes_buffer.go:20:12: ... argument does not escape
./t4_bytes_buffer.go:20:13: line escapes to heap
./t4_bytes_buffer.go:20:48: (*bytes.Buffer).String(buf) escapes to heap
./t4_bytes_buffer.go:21:11: make([]byte, 3) does not escape
./t4_bytes_buffer.go:23:13: ... argument does not escape
./t4_bytes_buffer.go:23:13: n escapes to heap
./t4_bytes_buffer.go:23:23: string(b) escapes to heap
./t4_bytes_buffer.go:23:23: string(b) escapes to heap
./t4_bytes_buffer.go:25:13: ... argument does not escape
./t4_bytes_buffer.go:25:13: r escapes to heap
./t4_bytes_buffer.go:25:13: size escapes to heap
./t4_bytes_buffer.go:27:12: ... argument does not escape
./t4_bytes_buffer.go:27:30: (*bytes.Buffer).Bytes(buf) escapes to heap
./t4_bytes_buffer.go:30:13: ... argument does not escape
./t4_bytes_buffer.go:30:18: err == io.EOF escapes to heap
./t4_bytes_buffer.go:30:36: (*bytes.Buffer).Len(buf) escapes to heap
./t4_bytes_buffer.go:32:13: ([]byte)("  Go is fun, Go is fast  ") escapes to heap
./t4_bytes_buffer.go:33:13: ... argument does not escape
./t4_bytes_buffer.go:33:25: bytes.Count(x, ([]byte)("Go")) escapes to heap
./t4_bytes_buffer.go:33:35: ([]byte)("Go") does not escape
./t4_bytes_buffer.go:33:55: bytes.Index(x, ([]byte)("fun")) escapes to heap
./t4_bytes_buffer.go:33:65: ([]byte)("fun") does not escape
./t4_bytes_buffer.go:33:89: bytes.Contains(x, ([]byte)("fast")) escapes to heap
./t4_bytes_buffer.go:33:99: ([]byte)("fast") does not escape
./t4_bytes_buffer.go:34:12: ... argument does not escape
./t4_bytes_buffer.go:34:33: bytes.Fields(x) escapes to heap
./t4_bytes_buffer.go:35:12: ... argument does not escape
./t4_bytes_buffer.go:35:36: bytes.TrimSpace(x) escapes to heap
./t4_bytes_buffer.go:36:12: ... argument does not escape
./t4_bytes_buffer.go:36:34: bytes.ToUpper(x) escapes to heap
./t4_bytes_buffer.go:37:12: ... argument does not escape
./t4_bytes_buffer.go:37:32: bytes.Split(([]byte)("a:b:c"), ([]byte)(":")) escapes to heap
./t4_bytes_buffer.go:37:39: ([]byte)("a:b:c") escapes to heap
./t4_bytes_buffer.go:37:56: ([]byte)(":") does not escape
./t4_bytes_buffer.go:38:12: ... argument does not escape
./t4_bytes_buffer.go:38:31: bytes.Join([][]byte{...}, ([]byte)("+")) escapes to heap
./t4_bytes_buffer.go:38:40: [][]byte{...} does not escape
./t4_bytes_buffer.go:38:47: ([]byte)("x") does not escape
./t4_bytes_buffer.go:38:60: ([]byte)("y") does not escape
./t4_bytes_buffer.go:38:74: ([]byte)("+") does not escape
./t4_bytes_buffer.go:39:13: ... argument does not escape
./t4_bytes_buffer.go:39:25: bytes.Equal(([]byte)("a"), ([]byte)("a")) escapes to heap
./t4_bytes_buffer.go:39:32: ([]byte)("a") does not escape
./t4_bytes_buffer.go:39:45: ([]byte)("a") does not escape
./t4_bytes_buffer.go:39:66: bytes.Compare(([]byte)("a"), ([]byte)("b")) escapes to heap
./t4_bytes_buffer.go:39:73: ([]byte)("a") does not escape
./t4_bytes_buffer.go:39:86: ([]byte)("b") does not escape
./t4_bytes_buffer.go:39:109: bytes.HasPrefix(x, ([]byte)("  Go")) escapes to heap
./t4_bytes_buffer.go:39:119: ([]byte)("  Go") does not escape
./t4_bytes_buffer.go:40:12: ... argument does not escape
./t4_bytes_buffer.go:40:30: bytes.Map(unicode.ToUpper, ([]byte)("shout")) escapes to heap
./t4_bytes_buffer.go:40:54: ([]byte)("shout") does not escape
./t4_bytes_buffer.go:41:12: ... argument does not escape
./t4_bytes_buffer.go:41:37: bytes.ReplaceAll(([]byte)("oink oink"), ([]byte)("k"), ([]byte)("ky")) escapes to heap
./t4_bytes_buffer.go:41:44: ([]byte)("oink oink") does not escape
./t4_bytes_buffer.go:41:65: ([]byte)("k") does not escape
./t4_bytes_buffer.go:41:78: ([]byte)("ky") does not escape
./t4_bytes_buffer.go:42:12: ... argument does not escape
./t4_bytes_buffer.go:42:33: bytes.Repeat(([]byte)("-"), 5) escapes to heap
./t4_bytes_buffer.go:42:40: ([]byte)("-") does not escape
./t4_bytes_buffer.go:43:13: ... argument does not escape
./t4_bytes_buffer.go:43:29: bytes.IndexByte(x, 'f') escapes to heap
./t4_bytes_buffer.go:43:54: bytes.LastIndex(x, ([]byte)("Go")) escapes to heap
./t4_bytes_buffer.go:43:64: ([]byte)("Go") does not escape
./t4_bytes_buffer.go:43:88: bytes.EqualFold(([]byte)("GO"), ([]byte)("go")) escapes to heap
./t4_bytes_buffer.go:43:95: ([]byte)("GO") does not escape
./t4_bytes_buffer.go:43:109: ([]byte)("go") does not escape
./t4_bytes_buffer.go:45:30: ([]byte)("reader data") escapes to heap
./t4_bytes_buffer.go:48:13: ... argument does not escape
./t4_bytes_buffer.go:48:13: copied escapes to heap
./t4_bytes_buffer.go:48:32: (*bytes.Buffer).String(out) escapes to heap
./t4_bytes_buffer.go:49:21: ... argument does not escape
./t4_bytes_buffer.go:50:14: ... argument does not escape
./t4_bytes_buffer.go:50:18: "to both" escapes to heap
./t4_bytes_buffer.go:51:11: ... argument does not escape
./t4_bytes_buffer.go:51:22: (*bytes.Buffer).String(out) escapes to heap
./t4_bytes_buffer.go:54:13: ... argument does not escape
./t4_bytes_buffer.go:54:20: string(data) escapes to heap
./t4_bytes_buffer.go:54:20: string(data) escapes to heap
./t4_bytes_buffer.go:54:37: (*bytes.Buffer).String(nb) escapes to heap
