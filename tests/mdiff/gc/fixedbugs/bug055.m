./bug055.go:25:10: func literal does not escape
