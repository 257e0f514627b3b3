./issue31782.go:22:19: 42 does not escape
