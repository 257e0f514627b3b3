./bug152.go:11:25: []int{...} does not escape
