./bug130.go:20:11: devirtualizing i.send to *S
./bug130.go:14:7: p does not escape
./bug130.go:14:18: c does not escape
./bug130.go:17:2: moved to heap: s
