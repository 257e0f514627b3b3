./bug159.go:14:7: func literal does not escape
