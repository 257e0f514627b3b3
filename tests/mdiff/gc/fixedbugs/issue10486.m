./issue10486.go:18:8: func literal does not escape
