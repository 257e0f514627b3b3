./issue8336.go:16:8: func literal does not escape
