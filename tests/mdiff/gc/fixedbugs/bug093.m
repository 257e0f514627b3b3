./bug093.go:22:5: devirtualizing i.M to *S
./bug093.go:12:7: p does not escape
