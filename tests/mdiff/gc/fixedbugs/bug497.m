./bug497.go:20:13: c does not escape
./bug497.go:25:15: "hi" does not escape
./bug497.go:26:9: v escapes to heap
