./t4_strconv.go:47:6: moved to heap: ne
./t4_strconv.go:10:13: ... argument does not escape
./t4_strconv.go:10:26: strconv.Itoa(-123) escapes to heap
./t4_strconv.go:10:51: strconv.FormatInt(255, 2) escapes to heap
./t4_strconv.go:10:78: strconv.FormatInt(-255, 16) escapes to heap
./t4_strconv.go:10:108: strconv.FormatUint(1 << 63, 36) escapes to heap
./t4_strconv.go:11:28: []string{...} does not escape
./t4_strconv.go:13:14: ... argument does not escape
./t4_strconv.go:13:14: n escapes to heap
./t4_strconv.go:15:28: []string{...} does not escape
./t4_strconv.go:17:14: ... argument does not escape
./t4_strconv.go:17:14: n escapes to heap
./t4_strconv.go:20:13: ... argument does not escape
./t4_strconv.go:20:13: u escapes to heap
./t4_strconv.go:21:28: []string{...} does not escape
./t4_strconv.go:23:14: ... argument does not escape
./t4_strconv.go:23:14: f escapes to heap
./t4_strconv.go:26:13: ... argument does not escape
./t4_strconv.go:26:13: f32 escapes to heap
./t4_strconv.go:27:29: []float64{...} does not escape
./t4_strconv.go:28:14: ... argument does not escape
./t4_strconv.go:28:34: strconv.FormatFloat(f, 'g', -1, 64) escapes to heap
./t4_strconv.go:28:71: strconv.FormatFloat(f, 'e', 3, 64) escapes to heap
./t4_strconv.go:29:23: strconv.FormatFloat(f, 'f', 2, 64) escapes to heap
./t4_strconv.go:29:59: strconv.FormatFloat(f, 'g', 5, 32) escapes to heap
./t4_strconv.go:31:28: []string{...} does not escape
./t4_strconv.go:33:14: ... argument does not escape
./t4_strconv.go:33:14: b escapes to heap
./t4_strconv.go:35:13: ... argument does not escape
./t4_strconv.go:35:27: strconv.Quote("héllo\n\"world\"\x00") escapes to heap
./t4_strconv.go:35:74: strconv.QuoteToASCII("日本") escapes to heap
./t4_strconv.go:35:103: strconv.QuoteRune('☺') escapes to heap
./t4_strconv.go:35:136: strconv.QuoteRuneToASCII('☺') escapes to heap
./t4_strconv.go:36:28: []string{...} does not escape
./t4_strconv.go:38:13: ... argument does not escape
./t4_strconv.go:38:14: v escapes to heap
./t4_strconv.go:40:13: ([]byte)("n=") does not escape
./t4_strconv.go:45:13: ... argument does not escape
./t4_strconv.go:45:20: string(b) escapes to heap
./t4_strconv.go:45:20: string(b) escapes to heap
./t4_strconv.go:48:13: ... argument does not escape
./t4_strconv.go:48:23: errors.As(err, &ne) escapes to heap
./t4_strconv.go:48:37: ne.Func escapes to heap
./t4_strconv.go:48:46: ne.Num escapes to heap
./t4_strconv.go:48:61: errors.Is(err, strconv.ErrSyntax) escapes to heap
./t4_strconv.go:49:13: ... argument does not escape
./t4_strconv.go:49:29: strconv.IsPrint('\u00a0') escapes to heap
./t4_strconv.go:49:58: strconv.IsGraphic('\u00a0') escapes to heap
./t4_strconv.go:49:90: strconv.CanBackquote("a`b") escapes to heap
