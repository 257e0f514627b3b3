./gc1.go:13:11: new([100]byte) does not escape
