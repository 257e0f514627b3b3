./godefer_temps.go:24:13: devirtualizing q.Foo to *T
./godefer_temps.go:25:7: devirtualizing q.Foo to *T
./godefer_temps.go:8:15: vals does not escape
./godefer_temps.go:8:48: ... argument does not escape
./godefer_temps.go:8:52: len(vals) escapes to heap
./godefer_temps.go:17:13: ... argument does not escape
./godefer_temps.go:17:13: s escapes to heap
./godefer_temps.go:20:11: leaking param content: x
./godefer_temps.go:23:12: &T{} does not escape
./godefer_temps.go:24:28: "meow" does not escape
./godefer_temps.go:24:27: []interface {}{...} does not escape
./godefer_temps.go:25:21: []interface {}{...} does not escape
./godefer_temps.go:25:22: "purr" does not escape
./godefer_temps.go:26:27: "woof" escapes to heap
./godefer_temps.go:26:35: 1 escapes to heap
./godefer_temps.go:26:26: []interface {}{...} does not escape
./godefer_temps.go:32:12: moved to heap: .autotmp_8
