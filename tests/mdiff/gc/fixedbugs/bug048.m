./bug048.go:11:9: M{...} does not escape
