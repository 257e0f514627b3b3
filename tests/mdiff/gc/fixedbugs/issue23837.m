./issue23837.go:10:8: p does not escape
./issue23837.go:10:11: q does not escape
./issue23837.go:20:8: p does not escape
./issue23837.go:20:11: q does not escape
./issue23837.go:25:8: p does not escape
./issue23837.go:25:11: q does not escape
./issue23837.go:29:9: p does not escape
./issue23837.go:29:12: q does not escape
./issue23837.go:33:9: p does not escape
./issue23837.go:33:12: q does not escape
./issue23837.go:37:9: p does not escape
./issue23837.go:37:12: q does not escape
./issue23837.go:63:18: x does not escape
./issue23837.go:64:8: func literal does not escape
./issue23837.go:66:9: "did not panic" escapes to heap
./issue23837.go:42:14: func literal does not escape
./issue23837.go:43:14: func literal does not escape
./issue23837.go:44:14: func literal does not escape
./issue23837.go:45:14: func literal does not escape
./issue23837.go:46:14: func literal does not escape
./issue23837.go:47:14: func literal does not escape
./issue23837.go:49:9: func literal does not escape
./issue23837.go:55:8: "inc not called" escapes to heap
./issue23837.go:59:8: "inc not called" escapes to heap
