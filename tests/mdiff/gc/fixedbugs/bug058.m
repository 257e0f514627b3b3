./bug058.go:13:11: make(map[string]*Box) does not escape
