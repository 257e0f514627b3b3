./t4_strings.go:41:6: moved to heap: b
./t4_strings.go:12:13: ... argument does not escape
./t4_strings.go:12:31: strings.TrimSpace(s) escapes to heap
./t4_strings.go:13:13: ... argument does not escape
./t4_strings.go:13:27: strings.Count(s, "Hello") escapes to heap
./t4_strings.go:13:54: strings.Index(s, "World") escapes to heap
./t4_strings.go:13:85: strings.LastIndex(s, "Hello") escapes to heap
./t4_strings.go:14:13: ... argument does not escape
./t4_strings.go:14:30: strings.Contains(s, "Go") escapes to heap
./t4_strings.go:14:60: strings.ContainsAny(s, "xyz!") escapes to heap
./t4_strings.go:14:93: strings.ContainsRune(s, 'W') escapes to heap
./t4_strings.go:15:12: ... argument does not escape
./t4_strings.go:15:35: strings.Fields(s) escapes to heap
./t4_strings.go:16:12: ... argument does not escape
./t4_strings.go:16:34: strings.Split("a,b,,c", ",") escapes to heap
./t4_strings.go:17:12: ... argument does not escape
./t4_strings.go:17:35: strings.SplitN("a,b,c,d", ",", 2) escapes to heap
./t4_strings.go:18:12: ... argument does not escape
./t4_strings.go:18:39: strings.SplitAfter("a,b,c", ",") escapes to heap
./t4_strings.go:19:13: ... argument does not escape
./t4_strings.go:19:26: strings.Join([]string{...}, "-") escapes to heap
./t4_strings.go:19:35: []string{...} does not escape
./t4_strings.go:20:13: ... argument does not escape
./t4_strings.go:20:28: strings.Repeat("ab", 3) escapes to heap
./t4_strings.go:20:54: strings.Replace("oink oink oink", "k", "ky", 2) escapes to heap
./t4_strings.go:20:106: strings.ReplaceAll("oink oink", "oink", "moo") escapes to heap
./t4_strings.go:21:13: ... argument does not escape
./t4_strings.go:21:29: strings.ToUpper("héllo wörld") escapes to heap
./t4_strings.go:21:63: strings.ToLower("HÉLLO") escapes to heap
./t4_strings.go:21:88: strings.Title("hello go world") escapes to heap
./t4_strings.go:21:123: strings.ToTitle("loud") escapes to heap
./t4_strings.go:22:13: ... argument does not escape
./t4_strings.go:22:30: strings.TrimLeft("xxhixx", "x") escapes to heap
./t4_strings.go:22:64: strings.TrimRight("xxhixx", "x") escapes to heap
./t4_strings.go:22:93: strings.Trim("  !hi! ", " !") escapes to heap
./t4_strings.go:23:13: ... argument does not escape
./t4_strings.go:23:32: strings.TrimPrefix("prefix-body", "prefix-") escapes to heap
./t4_strings.go:23:78: strings.TrimSuffix("body.go", ".go") escapes to heap
./t4_strings.go:24:13: ... argument does not escape
./t4_strings.go:24:31: strings.HasPrefix("golang", "go") escapes to heap
./t4_strings.go:24:66: strings.HasSuffix("golang", "ng") escapes to heap
./t4_strings.go:24:101: strings.EqualFold("Go", "GO") escapes to heap
./t4_strings.go:25:13: ... argument does not escape
./t4_strings.go:25:29: strings.Compare("a", "b") escapes to heap
./t4_strings.go:25:56: strings.Compare("b", "a") escapes to heap
./t4_strings.go:25:83: strings.Compare("x", "x") escapes to heap
./t4_strings.go:27:13: ... argument does not escape
./t4_strings.go:27:13: before escapes to heap
./t4_strings.go:27:13: after escapes to heap
./t4_strings.go:27:13: found escapes to heap
./t4_strings.go:28:13: ... argument does not escape
./t4_strings.go:28:25: strings.Map(func literal, "Hello World") escapes to heap
./t4_strings.go:28:26: func literal does not escape
./t4_strings.go:37:13: ... argument does not escape
./t4_strings.go:37:31: strings.IndexFunc("hello123", unicode.IsDigit) escapes to heap
./t4_strings.go:37:78: strings.IndexAny("golang", "ny") escapes to heap
./t4_strings.go:37:113: strings.IndexByte("golang", 'l') escapes to heap
./t4_strings.go:37:147: strings.IndexRune("chicken", 'k') escapes to heap
./t4_strings.go:38:13: ... argument does not escape
./t4_strings.go:38:30: strings.TrimFunc("123abc456", unicode.IsDigit) escapes to heap
./t4_strings.go:38:82: strings.LastIndexAny("golang", "go") escapes to heap
./t4_strings.go:38:121: strings.LastIndexByte("golang", 'g') escapes to heap
./t4_strings.go:39:12: ... argument does not escape
./t4_strings.go:39:39: strings.FieldsFunc("a1b2c3", unicode.IsDigit) escapes to heap
./t4_strings.go:43:14: ... argument does not escape
./t4_strings.go:43:19: i escapes to heap
./t4_strings.go:48:13: ... argument does not escape
./t4_strings.go:48:22: (*strings.Builder).String(b) escapes to heap
./t4_strings.go:48:31: (*strings.Builder).Len(b) escapes to heap
./t4_strings.go:51:13: ... argument does not escape
./t4_strings.go:51:19: (*strings.Builder).Len(b) escapes to heap
./t4_strings.go:51:34: (*strings.Builder).String(b) == "" escapes to heap
./t4_strings.go:54:13: make([]byte, 8) does not escape
./t4_strings.go:56:13: ... argument does not escape
./t4_strings.go:56:13: n escapes to heap
./t4_strings.go:56:23: string(buf[:n]) escapes to heap
./t4_strings.go:56:23: string(buf[:n]) escapes to heap
./t4_strings.go:56:39: (*strings.Reader).Len(r) escapes to heap
./t4_strings.go:56:49: (*strings.Reader).Size(r) escapes to heap
./t4_strings.go:58:13: ... argument does not escape
./t4_strings.go:58:20: string(rest) escapes to heap
./t4_strings.go:58:20: string(rest) escapes to heap
./t4_strings.go:61:13: ... argument does not escape
./t4_strings.go:61:20: string(c) escapes to heap
./t4_strings.go:61:20: string(c) escapes to heap
./t4_strings.go:63:28: ... argument does not escape
./t4_strings.go:64:13: ... argument does not escape
./t4_strings.go:64:25: (*strings.Replacer).Replace(rep, "<a href=\"x&y\">link</a>") escapes to heap
./t4_strings.go:65:29: ... argument does not escape
./t4_strings.go:66:13: ... argument does not escape
./t4_strings.go:66:26: (*strings.Replacer).Replace(rep2, "aaaa") escapes to heap
./t4_strings.go:67:13: ... argument does not escape
./t4_strings.go:67:27: strings.Clone("clone") escapes to heap
./t4_strings.go:67:57: strings.ContainsAny("", "") escapes to heap
./t4_strings.go:67:80: strings.Count("five", "") escapes to heap
