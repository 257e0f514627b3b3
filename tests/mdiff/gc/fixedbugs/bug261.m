./bug261.go:17:12: []int{...} does not escape
