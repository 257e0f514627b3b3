./bug348.go:26:8: func literal does not escape
