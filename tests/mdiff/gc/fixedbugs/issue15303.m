./issue15303.go:15:7: func literal does not escape
