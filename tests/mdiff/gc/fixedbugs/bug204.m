./bug204.go:11:13: []rune{...} does not escape
