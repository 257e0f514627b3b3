./bug347.go:30:8: func literal does not escape
