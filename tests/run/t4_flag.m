./t4_flag.go:12:7: leaking param: l to result ~r0 level=2
./t4_flag.go:13:7: leaking param content: l
./t4_flag.go:13:20: leaking param: s
./t4_flag.go:28:16: leaking param content: f
./t4_flag.go:22:6: moved to heap: tags
./t4_flag.go:24:6: moved to heap: u
./t4_flag.go:26:26: []string{...} escapes to heap
./t4_flag.go:27:13: ... argument does not escape
./t4_flag.go:27:19: *n escapes to heap
./t4_flag.go:27:23: *verbose escapes to heap
./t4_flag.go:27:33: *name escapes to heap
./t4_flag.go:27:40: *ratio escapes to heap
./t4_flag.go:27:40: tags escapes to heap
./t4_flag.go:27:40: u escapes to heap
./t4_flag.go:27:64: (*flag.FlagSet).Args(fs) escapes to heap
./t4_flag.go:27:75: (*flag.FlagSet).NArg(fs) escapes to heap
./t4_flag.go:27:87: (*flag.FlagSet).NFlag(fs) escapes to heap
./t4_flag.go:28:11: func literal does not escape
./t4_flag.go:28:43: ... argument does not escape
./t4_flag.go:28:44: "set:" escapes to heap
./t4_flag.go:28:53: f.Name escapes to heap
./t4_flag.go:29:13: ... argument does not escape
./t4_flag.go:29:28: (*flag.FlagSet).Lookup(fs, "n").DefValue escapes to heap
./t4_flag.go:29:60: (*flag.FlagSet).Lookup(fs, "missing") == nil escapes to heap
./t4_flag.go:31:13: ... argument does not escape
./t4_flag.go:31:14: *n escapes to heap
./t4_flag.go:32:25: []string{...} escapes to heap
./t4_flag.go:33:13: ... argument does not escape
./t4_flag.go:33:14: "error:" escapes to heap
./t4_flag.go:34:25: []string{...} escapes to heap
./t4_flag.go:35:13: ... argument does not escape
./t4_flag.go:35:14: "error:" escapes to heap
./t4_flag.go:37:25: []string{...} escapes to heap
./t4_flag.go:38:13: ... argument does not escape
./t4_flag.go:38:18: err == flag.ErrHelp escapes to heap
./t4_flag.go:39:20: []string{...} escapes to heap
./t4_flag.go:42:13: ... argument does not escape
./t4_flag.go:42:14: *count escapes to heap
./t4_flag.go:42:31: flag.Args() escapes to heap
./t4_flag.go:42:46: flag.Parsed() escapes to heap
