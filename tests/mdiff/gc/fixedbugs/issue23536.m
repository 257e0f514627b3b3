./issue23536.go:18:12: string(([]byte)(y)) does not escape
./issue23536.go:21:12: string(([]rune)(z)) does not escape
