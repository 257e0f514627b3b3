./issue4353.go:17:8: func literal does not escape
