./bug060.go:12:11: make(map[int]int) does not escape
