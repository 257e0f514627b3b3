./issue49665.go:17:12: ... argument does not escape
