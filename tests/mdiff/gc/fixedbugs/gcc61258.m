./gcc61258.go:12:13: make(map[[0]bool]int) does not escape
