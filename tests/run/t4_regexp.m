./t4_regexp.go:12:13: ... argument does not escape
./t4_regexp.go:12:28: (*regexp.Regexp).MatchString(re, text) escapes to heap
./t4_regexp.go:12:49: (*regexp.Regexp).FindString(re, text) escapes to heap
./t4_regexp.go:12:75: (*regexp.Regexp).FindStringIndex(re, text) escapes to heap
./t4_regexp.go:13:12: ... argument does not escape
./t4_regexp.go:13:37: (*regexp.Regexp).FindAllString(re, text, -1) escapes to heap
./t4_regexp.go:14:12: ... argument does not escape
./t4_regexp.go:14:42: (*regexp.Regexp).FindStringSubmatch(re, text) escapes to heap
./t4_regexp.go:16:14: ... argument does not escape
./t4_regexp.go:16:16: m[1] escapes to heap
./t4_regexp.go:16:21: "at" escapes to heap
./t4_regexp.go:16:28: m[2] escapes to heap
./t4_regexp.go:18:13: ... argument does not escape
./t4_regexp.go:18:33: (*regexp.Regexp).ReplaceAllString(re, text, "<$2:$1>") escapes to heap
./t4_regexp.go:19:13: ... argument does not escape
./t4_regexp.go:19:37: (*regexp.Regexp).ReplaceAllStringFunc(re, text, strings.ToUpper) escapes to heap
./t4_regexp.go:20:13: ... argument does not escape
./t4_regexp.go:20:26: (*regexp.Regexp).NumSubexp(re) escapes to heap
./t4_regexp.go:20:39: (*regexp.Regexp).String(re) escapes to heap
./t4_regexp.go:26:15: ... argument does not escape
./t4_regexp.go:26:15: name escapes to heap
./t4_regexp.go:26:23: m[i] escapes to heap
./t4_regexp.go:29:13: ... argument does not escape
./t4_regexp.go:29:36: (*regexp.Regexp).ReplaceAllString(named, "2022-08-02", "${day}/${month}/${year}") escapes to heap
./t4_regexp.go:31:12: ... argument does not escape
./t4_regexp.go:31:56: (*regexp.Regexp).Split(.autotmp_7, "a , b,c ,  d", -1) escapes to heap
./t4_regexp.go:32:13: ... argument does not escape
./t4_regexp.go:32:66: (*regexp.Regexp).MatchString(.autotmp_8, "adam[23]") escapes to heap
./t4_regexp.go:33:13: ... argument does not escape
./t4_regexp.go:33:30: regexp.QuoteMeta("1+1=2? [yes]") escapes to heap
./t4_regexp.go:35:13: ... argument does not escape
./t4_regexp.go:37:13: ... argument does not escape
./t4_regexp.go:37:13: ok escapes to heap
./t4_regexp.go:38:49: ([]byte)("foo boo") escapes to heap
./t4_regexp.go:38:68: ([]byte)("0") does not escape
./t4_regexp.go:39:13: ... argument does not escape
./t4_regexp.go:39:20: string(b) escapes to heap
./t4_regexp.go:39:20: string(b) escapes to heap
./t4_regexp.go:42:13: ... argument does not escape
./t4_regexp.go:42:37: (*regexp.Regexp).FindAllStringIndex(long, "xaxxbxcccxab", -1) escapes to heap
./t4_regexp.go:42:37: prefix escapes to heap
./t4_regexp.go:42:37: complete escapes to heap
