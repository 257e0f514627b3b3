./t4_text_encoding.go:20:14: ... argument does not escape
./t4_text_encoding.go:20:18: "a\tb\tc" escapes to heap
./t4_text_encoding.go:21:14: ... argument does not escape
./t4_text_encoding.go:21:18: "aaa\tbbbbbb\tc" escapes to heap
./t4_text_encoding.go:22:14: ... argument does not escape
./t4_text_encoding.go:22:18: "x\t\tlonger cell" escapes to heap
./t4_text_encoding.go:28:15: ([]byte)("Hello Gopher!") does not escape
./t4_text_encoding.go:31:13: ... argument does not escape
./t4_text_encoding.go:31:13: enc escapes to heap
./t4_text_encoding.go:31:25: string(dec) escapes to heap
./t4_text_encoding.go:31:25: string(dec) escapes to heap
./t4_text_encoding.go:33:13: ... argument does not escape
./t4_text_encoding.go:34:11: ... argument does not escape
./t4_text_encoding.go:34:20: hex.Dump(dumpme) escapes to heap
./t4_text_encoding.go:36:13: ... argument does not escape
./t4_text_encoding.go:36:31: html.EscapeString(`<a href="x">Tom & "Jerry"</a>`) escapes to heap
./t4_text_encoding.go:36:85: html.UnescapeString("&lt;b&gt; &amp;amp; &eacute; &#233; &#x41;") escapes to heap
./t4_text_encoding.go:38:13: ... argument does not escape
./t4_text_encoding.go:38:23: path.Join(... argument...) escapes to heap
./t4_text_encoding.go:38:23: ... argument does not escape
./t4_text_encoding.go:38:55: path.Base("/x/y.go") escapes to heap
./t4_text_encoding.go:38:76: path.Dir("/x/y.go") escapes to heap
./t4_text_encoding.go:38:97: path.Ext("f.tar.gz") escapes to heap
./t4_text_encoding.go:38:121: path.Clean("/../a//b/./c/..") escapes to heap
./t4_text_encoding.go:38:152: path.IsAbs("/a") escapes to heap
./t4_text_encoding.go:40:13: ... argument does not escape
./t4_text_encoding.go:40:13: matched escapes to heap
./t4_text_encoding.go:41:13: ... argument does not escape
./t4_text_encoding.go:41:13: .autotmp_6 escapes to heap
./t4_text_encoding.go:41:13: .autotmp_7 escapes to heap
./t4_text_encoding.go:43:16: ([]byte)("The quick brown fox jumps over the lazy dog") escapes to heap
./t4_text_encoding.go:44:12: ... argument does not escape
./t4_text_encoding.go:44:52: crc32.ChecksumIEEE(data) escapes to heap
./t4_text_encoding.go:44:76: adler32.Checksum(data) escapes to heap
./t4_text_encoding.go:44:98: crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)) escapes to heap
./t4_text_encoding.go:49:12: ... argument does not escape
./t4_text_encoding.go:49:34: h.Sum64() escapes to heap
./t4_text_encoding.go:49:45: h32.Sum(nil) escapes to heap
./t4_text_encoding.go:49:58: h.Size() escapes to heap
./t4_text_encoding.go:52:12: ... argument does not escape
./t4_text_encoding.go:52:30: c.Sum32() escapes to heap
