./bug317.go:10:13: []uint{...} does not escape
