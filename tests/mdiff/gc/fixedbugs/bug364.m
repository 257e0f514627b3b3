./bug364.go:13:12: leaking param content: args
./bug364.go:21:14: v escapes to heap
./bug364.go:21:14: ... argument does not escape
