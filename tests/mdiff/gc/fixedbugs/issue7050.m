./issue7050.go:17:13: ... argument does not escape
