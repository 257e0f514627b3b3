./bug141.go:12:7: p does not escape
./bug141.go:21:9: p does not escape
