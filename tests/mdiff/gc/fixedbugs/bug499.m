./bug499.go:13:10: make(map[byte]byte) does not escape
./bug499.go:14:10: make(map[[8]byte]chan struct {}) does not escape
