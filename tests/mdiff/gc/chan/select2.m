./select2.go:13:13: c does not escape
./select2.go:19:15: c does not escape
./select2.go:19:18: dummy does not escape
./select2.go:25:9: "dummy" escapes to heap
./select2.go:40:17: new(runtime.MemStats) does not escape
