./issue49100b.go:15:17: string(c) does not escape
