./t4_os_env.go:27:40: leaking param: s to result ~r0 level=0
./t4_os_env.go:11:13: ... argument does not escape
./t4_os_env.go:11:23: os.Getenv("GOSUB_TEST_VAR") escapes to heap
./t4_os_env.go:13:13: ... argument does not escape
./t4_os_env.go:13:13: v escapes to heap
./t4_os_env.go:13:13: ok escapes to heap
./t4_os_env.go:16:12: ... argument does not escape
./t4_os_env.go:16:13: v escapes to heap
./t4_os_env.go:16:13: ok escapes to heap
./t4_os_env.go:17:13: ... argument does not escape
./t4_os_env.go:25:13: ... argument does not escape
./t4_os_env.go:25:13: found escapes to heap
./t4_os_env.go:26:13: ... argument does not escape
./t4_os_env.go:26:26: os.ExpandEnv("a=$GOSUB_A b=${GOSUB_A}c $NOT_SET_XYZ.") escapes to heap
./t4_os_env.go:27:13: ... argument does not escape
./t4_os_env.go:27:23: os.Expand("$x-${y}", func literal) escapes to heap
./t4_os_env.go:27:35: func literal does not escape
./t4_os_env.go:29:13: ... argument does not escape
./t4_os_env.go:29:17: wd != "" escapes to heap
./t4_os_env.go:31:13: ... argument does not escape
./t4_os_env.go:31:19: host != "" escapes to heap
./t4_os_env.go:32:13: ... argument does not escape
./t4_os_env.go:32:17: len(os.Args) escapes to heap
./t4_os_env.go:32:40: os.Getpid() > 0 escapes to heap
./t4_os_env.go:32:62: os.PathSeparator == '/' escapes to heap
./t4_os_env.go:32:72: os.DevNull escapes to heap
./t4_os_env.go:33:14: ... argument does not escape
./t4_os_env.go:33:26: "to stdout" escapes to heap
./t4_os_env.go:34:14: ... argument does not escape
./t4_os_env.go:34:26: "to stderr" escapes to heap
./t4_os_env.go:35:34: ([]byte)("raw write\n") does not escape
./t4_os_env.go:36:13: ... argument does not escape
./t4_os_env.go:36:13: n escapes to heap
