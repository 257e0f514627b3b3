./bug333.go:14:18: ([]byte)(ts) does not escape
