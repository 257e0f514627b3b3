./returntype.go:14:7: s does not escape
./returntype.go:15:7: t does not escape
./returntype.go:31:18: f does not escape
./returntype.go:32:8: func literal does not escape
./returntype.go:34:9: "function should panic" escapes to heap
