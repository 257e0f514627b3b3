./bug078.go:9:14: wait does not escape
