./t4_bufio_words.go:13:26: map[string]int{} does not escape
./t4_bufio_words.go:26:14: ... argument does not escape
./t4_bufio_words.go:26:15: "error:" escapes to heap
./t4_bufio_words.go:36:12: all escapes to heap
./t4_bufio_words.go:36:18: func literal does not escape
./t4_bufio_words.go:42:13: ... argument does not escape
./t4_bufio_words.go:42:14: "lines:" escapes to heap
./t4_bufio_words.go:42:14: lines escapes to heap
./t4_bufio_words.go:42:31: "distinct words:" escapes to heap
./t4_bufio_words.go:42:53: len(all) escapes to heap
./t4_bufio_words.go:49:14: ... argument does not escape
./t4_bufio_words.go:49:34: e.w escapes to heap
./t4_bufio_words.go:49:39: e.n escapes to heap
./t4_bufio_words.go:57:14: ... argument does not escape
./t4_bufio_words.go:57:20: "words in the literal:" escapes to heap
./t4_bufio_words.go:57:20: n escapes to heap
./t4_bufio_words.go:61:14: ... argument does not escape
./t4_bufio_words.go:61:20: line escapes to heap
