./issue16985.go:16:18: ([]byte)("T") does not escape
