./intervar.go:22:7: leaking param content: p
./intervar.go:23:17: " print " + string(p.whoami + '0') does not escape
./intervar.go:23:25: string(p.whoami + '0') does not escape
./intervar.go:24:11: r + p.put.puts("abc") escapes to heap
./intervar.go:34:7: leaking param content: b
./intervar.go:34:20: leaking param: s
./intervar.go:35:15: " bio " + string(b.whoami + '0') does not escape
./intervar.go:35:23: string(b.whoami + '0') does not escape
./intervar.go:36:11: r + b.put.puts(s) escapes to heap
./intervar.go:46:7: f does not escape
./intervar.go:46:21: s does not escape
./intervar.go:47:52: " file " + string(f.whoami + '0') + " -- " + s escapes to heap
./intervar.go:47:26: string(f.whoami + '0') does not escape
./intervar.go:52:10: new(Print) does not escape
./intervar.go:53:10: new(Bio) escapes to heap
./intervar.go:54:10: new(File) escapes to heap
./intervar.go:67:22: r + " != " + expected escapes to heap
./intervar.go:67:20: r + " != " + expected escapes to heap
