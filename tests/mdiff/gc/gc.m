./gc.go:14:10: new([10000]byte) does not escape
