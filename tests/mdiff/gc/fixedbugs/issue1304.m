./issue1304.go:12:8: func literal does not escape
