./t4_crypto_base64.go:37:6: moved to heap: sb
./t4_crypto_base64.go:15:16: ([]byte)("The quick brown fox jumps over the lazy dog") does not escape
./t4_crypto_base64.go:16:12: ... argument does not escape
./t4_crypto_base64.go:16:42: sha256.Sum256(data) escapes to heap
./t4_crypto_base64.go:16:58: sha1.Sum(data) escapes to heap
./t4_crypto_base64.go:16:73: md5.Sum(data) escapes to heap
./t4_crypto_base64.go:17:12: ... argument does not escape
./t4_crypto_base64.go:17:34: sha256.Sum224(data) escapes to heap
./t4_crypto_base64.go:21:12: ... argument does not escape
./t4_crypto_base64.go:21:32: h.Sum(nil) escapes to heap
./t4_crypto_base64.go:21:45: h.Size() escapes to heap
./t4_crypto_base64.go:21:60: h.BlockSize() escapes to heap
./t4_crypto_base64.go:23:12: ... argument does not escape
./t4_crypto_base64.go:23:26: h.Sum(([]byte)("prefix")) escapes to heap
./t4_crypto_base64.go:23:33: ([]byte)("prefix") escapes to heap
./t4_crypto_base64.go:24:13: make([]byte, 100000) escapes to heap
./t4_crypto_base64.go:28:12: ... argument does not escape
./t4_crypto_base64.go:28:34: sha256.Sum256(big) escapes to heap
./t4_crypto_base64.go:30:40: []*base64.Encoding{...} does not escape
./t4_crypto_base64.go:31:33: ([]byte)("hi?>~ gosub!") does not escape
./t4_crypto_base64.go:33:14: ... argument does not escape
./t4_crypto_base64.go:33:14: s escapes to heap
./t4_crypto_base64.go:33:24: string(d) escapes to heap
./t4_crypto_base64.go:33:24: string(d) escapes to heap
./t4_crypto_base64.go:36:13: ... argument does not escape
./t4_crypto_base64.go:39:16: ([]byte)("streamed") escapes to heap
./t4_crypto_base64.go:41:13: ... argument does not escape
./t4_crypto_base64.go:41:23: (*strings.Builder).String(sb) escapes to heap
./t4_crypto_base64.go:43:11: make([]byte, 16) escapes to heap
./t4_crypto_base64.go:47:13: ... argument does not escape
./t4_crypto_base64.go:47:13: b escapes to heap
./t4_crypto_base64.go:47:43: binary.littleEndian.Uint64(binary.LittleEndian, b) escapes to heap
./t4_crypto_base64.go:47:71: binary.bigEndian.Uint32(binary.BigEndian, b[8:]) escapes to heap
./t4_crypto_base64.go:52:13: ... argument does not escape
./t4_crypto_base64.go:52:13: vb escapes to heap
./t4_crypto_base64.go:52:13: x escapes to heap
./t4_crypto_base64.go:52:13: n escapes to heap
./t4_crypto_base64.go:52:13: y escapes to heap
./t4_crypto_base64.go:52:13: m escapes to heap
./t4_crypto_base64.go:52:47: binary.PutUvarint(b, 127) escapes to heap
